package quotes

import "strings"

// Given names tell a person's name from a place's or a body's ("Lisa Green" against "Mammal
// Society"), and "he" from "she" when a pronoun is resolved. The lists hold common given names
// in English-language news; a name on neither list is still taken for a person on other
// evidence (a title before it, a reporting verb after it), with no gender.
var (
	maleNames = set(strings.Fields(`aaron abdul abdullah abraham adam adrian ahmed alan albert alberto alex
alexander alexei alexey ali alan alfred amir anatoly andre andrea andreas andrew andrei andrey andy
angelo anthony antonio antony arnold arthur ashraf barack barry ben benjamin benny bernard bernie
bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan byron calvin carl
carlos cecil chad charles charlie chris christian christopher chuck clarence claude clint cody
colin conrad craig curtis dale dan daniel danny darren dave david dean dennis derek dick dmitry
dmitri dominic don donald doug douglas duncan dwight earl ed eddie edgar eduardo edward emmanuel
enrique eric erik ernest ethan eugene evan farid felipe fernando francis francisco frank franklin
fred frederick gabriel gary gavin gene geoffrey george gerald gerhard giorgio giuseppe glenn gordon
graham greg gregory guy hamid hans harold harry hassan hector henry herbert howard hugh hugo hunter
ian igor isaac ivan jack jacob jake james jamie jared jason javier jay jeff jeffrey jens jeremy
jerome jerry jesse jim jimmy joe joel johan john johnny jon jonathan jorge jose joseph josh joshua
juan julian justin karl keith ken kenneth kevin khalid kim kirk kurt kyle lamar larry lawrence lee
leo leon leonard lewis liam lloyd louis luis luke malcolm manuel marc marco marcus mario mark
martin marvin matt matthew matti maurice max michael miguel mike mikhail milton mitch mitchell
mohammed mohammad muhammad nathan neil nelson nicholas nick nicolas nigel noah norman olaf oliver
omar oscar owen pablo pat patrick paul pedro peter phil philip phillip pierre rafael rahul raj
ralph ramon randy raul ray raymond reed reggie rex richard rick ricky rinat rob robert roberto
rod rodney roger roland ron ronald ross roy ruben russell ryan salman sam samuel sandeep scott
sean sebastian sergei sergey seth shane shawn sherman simon stan stanley stephen steve steven
stuart ted terry thomas tim timothy todd tom tommy tony travis trevor troy tyler vernon
victor vince vincent vladimir volodymyr walter warren wayne wesley will william willie xavier
yousef yuri zach zachary`)...)
	femaleNames = set(strings.Fields(`abby abigail ada adriana agnes aisha alexandra alexis alice alicia
alison allison amanda amber amy ana andrea angela angelina anita ann anna anne annette annie april
ashley audrey barbara beatrice becky bella beth betty beverly bonnie brenda bridget brittany brooke
camila carla carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl chloe
christina christine cindy claire clara claudia colleen connie courtney crystal cynthia daisy dana
danielle daphne dawn debbie deborah debra denise diana diane donna doris dorothy edith eileen elaine
eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva evelyn fatima fiona
frances francesca gabriela gail gina gloria grace greta gwen hannah harriet heather heidi helen
hillary holly hope irene iris isabel isabella jackie jacqueline jan jane janet janice jasmine jean
jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy joyce judith judy julia julie
june karen kate katherine kathleen kathryn kathy katie katrina kay kelly kim kimberly kirsten
kristen kristina laura lauren leah leslie lily linda lindsay lisa liz lois lori lorraine louise
lucy lydia lynn madeleine madison maggie margaret maria marie marilyn marina marion marjorie martha
mary maureen megan melanie melissa meredith michelle mildred mira miranda molly monica nadia nancy
naomi natalie natasha nicole nina nora olga olivia pam pamela patricia paula pauline peggy penny
phyllis priya rachel rebecca regina renee rita roberta rosa rose rosemary ruth sabrina sally
samantha sandra sara sarah sharon sheila shirley sofia sonia sophie stacy stephanie sue susan
suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina tracy ursula valerie vanessa
vera veronica victoria virginia wanda wendy whitney yolanda yvonne zainab zoe`)...)
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
