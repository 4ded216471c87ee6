package quotes

import "strings"

// Given names tell a person's name from a place's or a body's ("Lisa Green" against "Mammal
// Society"), and "he" from "she" when a pronoun is resolved. The lists hold common given names
// in English-language news; a name on neither list is still taken for a person on other
// evidence (a title before it, a reporting verb after it), with no gender.
var (
	maleNames = set(strings.Fields(`aaron abdul abdullah abraham adam adrian ahmad ahmed ahmet aidan al alan albert alberto alec
alejandro alex alexander alexei alexey alfred ali alistair allen alvin amir amos anatoliy anatoly
andre andrea andreas andrei andres andrew andrey andrii andriy andrzej andy angelo angus anthony
antonio antony archie ari ariel armando arnold arseniy arseny artem arthur arturo ashraf barack
barney barry bart basil beau ben benjamin benny bernard bernardo bernie bert beto bilal bill billy
blake bo bob bobby bohdan boris brad bradley brady brandon brendan brent brett brian brock bruce
bruno bryan bud buddy byron caleb calvin cameron carl carlos carlton casey cecil cesar chad charles
charlie chester chip chris christian christopher chuck clarence claude clay clayton cliff clifford
clint clyde cody cole colin connor conor conrad corey cory craig cristian curt curtis dale dalton
damian damon dan dane daniel danny dante darius darrell darren darryl dave david dean dennis denys
derek desmond deval devin dewey dick diego dinesh dmitri dmitry dmytro dominic dominick don donald
donovan doug douglas drew duane duncan dustin dwight dylan earl ed eddie edgar edmund eduardo edward
edwin eli elias elijah elliot elliott elmer emilio emmanuel emmett emre enrique eric erik ernest
ernesto ernie esteban ethan eugene evan everett evgeny ezra fadi farid felipe felix fernando fidel
floyd forrest francis francisco francois frank franklin françois fred frederick gabriel gareth
garrett gary gavin gene gennady geoff geoffrey george gerald gerhard gil gilbert giorgio giovanni
giuseppe glenn gordon graham greg gregory gus guy hakeem hal hamid hamza hani hank hans harlan
harold harry harvey hassan hector heinz henry herbert herman homer horace howard hubert hugh hugo
humberto hunter hussein ian ibrahim igor ihor ike irving irwin isaac isaiah istvan ivan jack jacob
jacques jaime jake jamal james jamie janusz jared jaroslaw jason javier jay jean-claude jean-luc
jean-pierre jeb jed jeff jeffrey jens jeremiah jeremy jermaine jerome jerry jesse jim jimmy joaquin
joe joel joey johan johannes john johnny jon jonah jonas jonathan jorge jose joseph josh joshua josé
juan jules julian julio justin kareem karim karl keenan keith kelvin kemal ken kendall kenneth kenny
kermit kevin khaled khalid khalil kim kirk klaus kurt kwame kyle kyrylo lamar lance larry lars
laurence lawrence lee leland leo leon leonard leroy les lester levi lewis liam lionel lloyd lonnie
lou louis lowell luca lucas luis lukas luke luther lyle mack mahmoud maksym malcolm manuel marc
marcel marco marcus mario mark marlon martin marty marvin mateo mateusz mats matt matteo matthew
matti maurice max mehmet mel melvin merle mevlut micah michael mickey miguel mike mikhail miles milo
milton mitch mitchell mitt mohamed mohammad mohammed moses muhammad murray mustafa mykola myron
nabil nate nathan nathaniel ned neil nelson newt niall nicholas nick nicolas nigel nikolai nils noah
noel nolan norm norman norris olaf oleksandr oleksii oleksiy oliver omar orrin osama oscar otis otto
owen pablo pascal pat patrick paul pavlo pawel pedro percy perry pete peter petro phil philip
phillip pierre piotr preston quentin quincy rafael rahm rahul raj ralph rami ramon rand randall
randolph randy raphael raul ray raymond recep reed reggie reginald reid reince rene reuben rex rhett
ricardo richard rick ricky rico riley rinat rob robert roberto robin rocco rocky rod rodney rogelio
roger roland rolf ron ronald rory roscoe ross roy ruben rudolph rudy rufus rupert ruslan russ
russell rustem rusty ryan saeed said salman salvador sam samir samuel sandeep sanjay saul scott sean
sebastian sergei sergey sergio serhii serhiy seth seymour shane shaun shawn sherman sid sidney silas
simon sonny spencer stan stanley stepan stephen steve steven stu stuart sven sylvester taras tariq
ted teddy terrence terry thad theo theodore thomas tim timothy tobias toby todd tom tomas tomasz
tommy tony travis trent trevor trey tristan troy ty tyler ulysses uri vadym valeriy valery vasyl
vaughn vern vernon vic victor viktor vince vincent vitali vitalii vitaliy vladimir vladislav
volodymyr wade walid wallace walt walter warren wayne wendell wes wesley wilbur will willard william
willie winston woody wyatt xavier yaakov yaroslav yasser yevgeniy yevgeny yousef youssef yuri yurii
yuriy yusuf zach zachary zane zeke ziad zoltan`)...)
	femaleNames = set(strings.Fields(`abbey abby abigail ada adriana agnes agnieszka aileen aisha alana alexa alexandra alexandria alexis
alice alicia alison allison alma alyssa amanda amber amelia amy ana anastasia anastasiia andrea
angela angelina angie anita ann anna annalena anne annette annie anya april ariana arlene ashley
audrey ava barb barbara beatrice becky bella bernadette beth bethany betsy betty beverly beyonce
blanche bonnie brenda bridget bridgette brigitte brittany brooke caitlin callie camila candace
candice cara carla carly carmen carol caroline carolyn carrie cassandra catherine cathleen cathy
cecilia celeste celia charlene charlotte chelsea cher cheryl chloe christie christina christine
ciara cindy claire clara clarissa claudia colleen connie cora corinne courtney crystal cynthia daisy
dana daniela danielle daphne daria darlene darya dawn deanna debbie deborah debra dee delia della
denise diana diane dianne dina dolores donna dora doris dorothy ebony edith edna eileen ekaterina
elaine eleanor elena elisabeth elise eliza elizabeth ella ellen elsa elsie emilia emily emma erica
erika erin estelle esther ethel eunice eva eve evelyn ewa fatima felicia fern fiona flora frances
francesca frieda gabriela gabrielle gail ganna genevieve geraldine gertrude gillian gina ginger
giorgia giselle glenda gloria grace greta gwen hailey haley halyna hanna hannah harriet hazel
heather heidi helen hilda hillary holly hope huma ida ilana imogen ina ingrid irene irina iris iryna
isabel isabella isla ivana ivanka jacinda jackie jacqueline jade jan jana jane janelle janet janice
janine jasmine jean jeanne jeannie jenna jennifer jenny jeri jessica jill joan joanna joanne jocelyn
jodi jody josefina josephine joy joyce juanita judith judy julia julianne julie juliet june justine
kaja kamala kara karen karin karina katarzyna kate kateryna katherine kathleen kathryn kathy katie
katrina katy kay kayla keisha kelly kellyanne kendra kim kimberly kirsten kristen kristi kristin
kristina kyla lana latoya laura lauren laurie leah leila lena leslie leticia lila lillian lily linda
lindsay lindsey lisa liudmyla liz lois lola lorena loretta lori lorraine louise lucia lucille lucy
luz lydia lynn lyudmila mabel madeleine madison mae magdalena maggie malgorzata mamie mandy marcia
margaret margarita margo maria mariana marianne maribel marie marilyn marina marion marisa
marissa mariya marjorie marsha marta martha mary maryna maureen maxine maya megan megyn melania
melanie melinda melissa melody mercedes meredith mia michele michelle mildred mindy mira miranda
miriam misty molly mona monica muriel myra nadia nadine nancy naomi natalia natalie nataliya natasha
nell nellie nicole nikki nina noelle nora norma odette oksana olena olga olivia opal paige pam
pamela patricia patsy patti patty paula paulette pauline peggy penny petra philippa phyllis pia
polly priya rachel rae ramona raquel rebecca rebekah regina renee rhonda rita roberta robyn rochelle
rosa rose rosemary roxanne ruth sabrina sadie sally samantha samira sandra sanna sara sarah sasha
selena serena shana shannon sharon shauna sheila shelby shelley sherri sheryl shirley simone sofia
sonia sonya sophie stacy stella stephanie sue susan susana suzanne suzy svetlana svitlana sybil
sylvia tabitha tamara tamika tammie tammy tanya tara tatiana tatyana teresa terri tetiana tetyana
thelma theresa tiffany tina tonya tracey tracy trisha tulsi ursula valentina valerie vanessa vera
veronica vicki victoria viola virginia vivian wanda wendy whitney wilma winifred yasmin yelena
yolanda yulia yuliia yvette yvonne zainab zelda zoe zora zuzana`)...)
)

// gender of a full name by its first word: 'm', 'f' or 0 when unknown.
func gender(name string) byte {
	first, _, _ := strings.Cut(name, " ")
	var buf [24]byte // lower-cased without allocating: this runs for every name compared
	if len(first) > len(buf) {
		return 0 // no given name is this long
	}
	for i := 0; i < len(first); i++ {
		c := first[i]
		if c >= 0x80 {
			return genderOfLower(strings.ToLower(first)) // "Éric": a capital past ASCII
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return genderOfLower(string(buf[:len(first)]))
}

// givenNames are maleNames and femaleNames in one set: most words asked about are neither (one
// lookup instead of two).
var givenNames = union(maleNames, femaleNames)

// genderOfLower is gender for a lower-case given name.
func genderOfLower(lw string) byte {
	switch {
	case unisexNames.Has(lw):
		return 0
	case maleNames.Has(lw) && !femaleNames.Has(lw):
		return 'm'
	case femaleNames.Has(lw) && !maleNames.Has(lw):
		return 'f'
	}
	return 0
}

// unisexNames are given names that news gives men and women alike (Lindsey Graham, Lee
// Epstein, Kelly Slater, Chris Evert): the name tells no gender, a title or the story may.
var unisexNames = set("casey", "jamie", "lee", "robin", "terry", "pat", "sam", "alex", "jesse", "drew", "riley",
	"kendall", "cameron", "chris", "lindsey", "lindsay", "leslie", "dana", "kelly", "tracy", "shannon", "jean", "jody",
	"jackie", "jan", "marion", "lynn", "alexis", "jordan", "taylor", "morgan", "ashley", "jessie", "frankie", "kim", "sandy", "kerry")

// isGivenName reports whether w, in any case, is a given name.
func isGivenName(w string) bool { return givenNames.HasLower(w) }

// surnameFirst are common family names of Chinese, Korean and Vietnamese people, whose names
// English-language news writes family name first ("Li Keqiang", "Kim Jong Un", "Nguyen Tan
// Dung"): the first word alone is the person, as a given name is for others. Words that are
// also common English words ("He", "Ma", "Son", "Oh") are left out.
var surnameFirst = set(strings.Fields(`li wang zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao
luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
su lu ding ren shen yao xi qian meng bai kong mao fu lei jin hou duan hao qin zou shi tan wen
kim lee park choi jung jeong kang cho yoon yun jang lim shin seo kwon hwang ahn yoo hong jeon ko moon
baek heo nam im ryu noh roh
wong lam chan leung cheung ng tsang chow lau yeung kwok tse mok fung
nguyen tran pham hoang phan vu vo dang bui ngo duong ly`)...)
