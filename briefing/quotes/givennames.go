package quotes

import "strings"

// Given names tell a person's name from a place's or a body's ("Lisa Green" against "Mammal
// Society"), and "he" from "she" when a pronoun is resolved. The lists hold common given names
// in English-language news; a name on neither list is still taken for a person on other
// evidence (a title before it, a reporting verb after it), with no gender.
var (
	maleNames = set(strings.Fields(`aaron abdul abdullah abraham adam adrian ahmad ahmed aidan al alan albert alberto alec alejandro
alex alexander alexei alexey alfred ali alistair allen alvin amir amos anatoly andre andrea andreas
andrei andres andrew andrey andy angelo angus anthony antonio antony archie ari ariel armando arnold
arthur arturo ashraf barack barney barry bart basil beau ben benjamin benny bernard bernardo bernie
bert beto bilal bill billy blake bo bob bobby boris brad bradley brady brandon brendan brent brett
brian brock bruce bruno bryan bud buddy byron caleb calvin cameron carl carlos carlton casey cecil
cesar chad charles charlie chester chip chris christian christopher chuck clarence claude clay
clayton cliff clifford clint clyde cody cole colin connor conor conrad corey cory craig cristian
curt curtis dale dalton damian damon dan dane daniel danny dante darius darrell darren darryl dave
david dean dennis derek desmond deval devin dewey dick diego dinesh dmitri dmitry dominic dominick
don donald donovan doug douglas drew duane duncan dustin dwight dylan earl ed eddie edgar edmund
eduardo edward edwin eli elias elijah elliot elliott elmer emilio emmanuel emmett emre enrique eric
erik ernest ernesto ernie esteban ethan eugene evan everett ezra fadi farid felipe felix fernando
fidel floyd forrest francis francisco frank franklin fred frederick gabriel gareth garrett gary
gavin gene geoff geoffrey george gerald gerhard gil gilbert giorgio giovanni giuseppe glenn gordon
graham greg gregory gus guy hakeem hal hamid hamza hani hank hans harlan harold harry harvey hassan
hector heinz henry herbert herman homer horace howard hubert hugh hugo humberto hunter hussein ian
ibrahim igor ike irving irwin isaac isaiah ivan jack jacob jacques jaime jake jamal james jamie
jared jason javier jay jeb jed jeff jeffrey jens jeremiah jeremy jermaine jerome jerry jesse jim
jimmy joaquin joe joel joey johan johannes john johnny jon jonah jonathan jorge jose joseph josh
joshua juan jules julian julio justin kareem karim karl keenan keith kelvin ken kendall kenneth
kenny kermit kevin khaled khalid khalil kim kirk klaus kurt kwame kyle lamar lance larry lars
laurence lawrence lee leland leo leon leonard leroy les lester levi lewis liam lionel lloyd lonnie
lou louis lowell lucas luis luke luther lyle mack mahmoud malcolm manuel marc marcel marco marcus
mario mark marlon martin marty marvin mateo matt matthew matti maurice max mehmet mel melvin merle
micah michael mickey miguel mike mikhail miles milo milton mitch mitchell mitt mohamed mohammad
mohammed moses muhammad murray mustafa myron nabil nate nathan nathaniel ned neil nelson newt niall
nicholas nick nicolas nigel nikolai noah noel nolan norm norman norris olaf oliver omar orrin osama
oscar otis otto owen pablo pascal pat patrick paul pedro percy perry pete peter phil philip phillip
pierre preston quentin quincy rafael rahm rahul raj ralph rami ramon rand randall randolph randy
raphael raul ray raymond recep reed reggie reginald reid reince rene reuben rex rhett ricardo
richard rick ricky rico riley rinat rob robert roberto robin rocco rocky rod rodney rogelio roger
roland rolf ron ronald rory roscoe ross roy ruben rudolph rudy rufus rupert russ russell rusty ryan
saeed said salman salvador sam samir samuel sandeep sanjay saul scott sean sebastian sergei sergey
sergio seth seymour shane shaun shawn sherman sid sidney silas simon sonny spencer stan stanley
stephen steve steven stu stuart sylvester tariq ted teddy terrence terry thad theo theodore thomas
tim timothy tobias toby todd tom tommy tony travis trent trevor trey tristan troy ty tyler ulysses
uri vaughn vern vernon vic victor viktor vince vincent vladimir volodymyr wade walid wallace walt
walter warren wayne wendell wes wesley wilbur will willard william willie winston woody wyatt xavier
yaakov yasser yousef youssef yuri yusuf zach zachary zane zeke ziad`)...)
	femaleNames = set(strings.Fields(`abbey abby abigail ada adriana agnes aileen aisha alana alexa alexandra alexandria alexis alice
alicia alison allison alma alyssa amanda amber amelia amy ana anastasia andrea angela angelina angie
anita ann anna anne annette annie anya april ariana arlene ashley audrey ava barb barbara beatrice
becky bella bernadette beth bethany betsy betty beverly beyonce blanche bonnie brenda bridget
bridgette brigitte brittany brooke caitlin callie camila candace candice cara carla carly carmen
carol caroline carolyn carrie cassandra catherine cathleen cathy cecilia celeste celia charlene
charlotte chelsea cher cheryl chloe christie christina christine ciara cindy claire clara clarissa
claudia colleen connie cora corinne courtney crystal cynthia daisy dana daniela danielle daphne
darlene dawn deanna debbie deborah debra dee delia della denise diana diane dianne dina dolores
donna dora doris dorothy ebony edith edna eileen elaine eleanor elena elisabeth elise eliza
elizabeth ella ellen elsa elsie emilia emily emma erica erika erin estelle esther ethel eunice eva
eve evelyn fatima felicia fern fiona flora frances francesca frieda gabriela gabrielle gail
genevieve geraldine gertrude gillian gina ginger giselle glenda gloria grace greta gwen hailey haley
hannah harriet hazel heather heidi helen hilda hillary holly hope huma ida ilana imogen ina ingrid
irene iris isabel isabella isla ivana ivanka jackie jacqueline jade jan jana jane janelle janet janice
janine jasmine jean jeanne jeannie jenna jennifer jenny jeri jessica jill joan joanna joanne jocelyn
jodi jody josefina josephine joy joyce juanita judith judy julia julianne julie juliet june justine
kamala kara karen karin karina kate katherine kathleen kathryn kathy katie katrina katy kay kayla
keisha kelly kellyanne kendra kim kimberly kirsten kristen kristi kristin kristina kyla lana latoya
laura lauren laurie leah leila lena leslie leticia lila lillian lily linda lindsay lindsey lisa liz
lois lola lorena loretta lori lorraine louise lucia lucille lucy luz lydia lynn mabel madeleine
madison mae maggie mamie mandy marcia margaret margarita margo maria mariana marianne maribel marie
marilyn marina marion marisa marissa marjorie marsha martha mary maureen maxine maya megan megyn
melania melanie melinda melissa melody mercedes meredith mia michele michelle mildred mindy mira
miranda miriam misty molly mona monica muriel myra nadia nadine nancy naomi natalie natasha nell
nellie nicole nikki nina noelle nora norma odette olga olivia opal paige pam pamela patricia patsy
patti patty paula paulette pauline peggy penny petra philippa phyllis pia polly priya rachel rae
ramona raquel rebecca rebekah regina renee rhonda rita roberta robyn rochelle rosa rose rosemary
roxanne ruth sabrina sadie sally samantha samira sandra sara sarah sasha selena serena shana shannon
sharon shauna sheila shelby shelley sherri sheryl shirley simone sofia sonia sonya sophie stacy
stella stephanie sue susan susana suzanne suzy sybil sylvia tabitha tamara tamika tammie tammy tanya
tara tatiana teresa terri thelma theresa tiffany tina tonya tracey tracy trisha tulsi ursula
valentina valerie vanessa vera veronica vicki victoria viola virginia vivian wanda wendy whitney
wilma winifred yasmin yolanda yvette yvonne zainab zelda zoe zora`)...)
)

// gender of a full name by its first word: 'm', 'f' or 0 when unknown.
func gender(name string) byte {
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	switch {
	case maleNames[first] && !femaleNames[first]:
		return 'm'
	case femaleNames[first] && !maleNames[first]:
		return 'f'
	}
	return 0
}

func isGivenName(w string) bool {
	w = strings.ToLower(w)
	return maleNames[w] || femaleNames[w]
}
