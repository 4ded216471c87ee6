package quotes

// placeNames are names of states, provinces and countries that are no person's given name or
// surname: a sentence subject spelled so ("Michigan was only doing what 40 states do") is a
// place, so "he" after it is someone else, and in "a woman in Worcester, Massachusetts, told
// him" the state is not who spoke. Places that are also people's names (Georgia, Jordan,
// Chad) are not here, nor cities: bodies' names end in them ("Atletico Madrid", "Inter
// Milan"). They join notPersonal.
var placeNames = set(
	// US states not already in notPersonal
	"alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut", "delaware", "hawaii", "idaho",
	"illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts",
	"michigan", "minnesota", "mississippi", "missouri", "nebraska", "nevada", "oklahoma", "oregon",
	"tennessee", "utah", "vermont", "wisconsin", "wyoming",
	// Canadian provinces
	"ontario", "quebec", "alberta", "manitoba", "saskatchewan", "nova", "scotia", "newfoundland",
	// countries not already in notPersonal
	"argentina", "chile", "peru", "colombia", "venezuela", "cuba", "nigeria", "kenya", "ethiopia", "somalia",
	"sudan", "libya", "tunisia", "morocco", "algeria", "lebanon", "kuwait", "qatar", "yemen", "oman", "bahrain",
	"vietnam", "thailand", "indonesia", "malaysia", "singapore", "philippines", "taiwan", "austria",
	"switzerland", "belgium", "netherlands", "holland", "denmark", "portugal", "hungary", "romania", "bulgaria",
	"serbia", "croatia", "bosnia", "kosovo", "albania", "slovakia", "slovenia", "moldova", "armenia",
	"azerbaijan", "kazakhstan", "uzbekistan", "bangladesh", "nepal", "myanmar", "burma", "cambodia",
	"zimbabwe", "zambia", "uganda", "tanzania", "rwanda", "congo", "ghana", "senegal", "angola",
	"mozambique", "namibia", "botswana", "haiti", "bolivia", "ecuador", "paraguay", "uruguay", "panama",
	"nicaragua", "honduras", "guatemala", "cyprus", "iceland", "luxembourg")
