package speakers

import "testing"

func TestSame(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Zelensky", "Zelenskyy", true},
		{"Zelenskiy", "Volodymyr Zelensky", true},
		{"President Volodymyr Zelensky", "Zelenskyy", true},
		{"Volodymyr Zelenskyy", "President Zelensky", true},
		{"Rinat Akmetov", "Rinat Akhmetov", true},
		{"Erdogan", "Recep Tayyip Erdoğan", true},
		{"Joe Biden", "Hunter Biden", false},
		{"Joe Biden", "Biden", true},
		{"J. Biden", "Joe Biden", true},
		{"Ukraine's communications watchdog", "Ukraine's communications watchdog", true},
		{"Ukraine's communications watchdog", "Watchdog", false},
		{"Dmitry Peskov", "Jens Stoltenberg", false},
		{"Hillary Rodham Clinton", "Hillary Clinton", true},
		{"Jeb Bush", "George W. Bush", false},
		{"Donald J. Trump", "Donald Trump", true},
		{"В. Зеленський", "Володимир Зеленський", true}, // an initial of two bytes
		{"Вадим Зеленський", "Володимир Зеленський", false},
		{"Joseph diGenova", "diGenova", true}, // a surname whose particle is in lower case
		{"Joseph diGenova", "Joseph Smith", false},
	}
	for _, tc := range tests {
		if got := Same(Of(tc.a), Of(tc.b)); got != tc.same {
			t.Errorf("Same(%q, %q) = %v, want %v (keys %+v %+v)", tc.a, tc.b, got, tc.same, Of(tc.a), Of(tc.b))
		}
	}
}

func TestQueryIgnoresCase(t *testing.T) {
	if !Same(Query("zelenskyy"), Of("Volodymyr Zelensky")) {
		t.Error("zelenskyy does not find Volodymyr Zelensky")
	}
	if Same(Query("hunter biden"), Of("Joe Biden")) {
		t.Error("hunter biden finds Joe Biden")
	}
}

// TestDisplay: the name shown is the one given, without the title before it or the marks
// around it, and with the points of its initials and abbreviations.
func TestDisplay(t *testing.T) {
	tests := []struct{ name, want string }{
		{"President Volodymyr Zelensky", "Volodymyr Zelensky"},
		{"Donald J. Trump", "Donald J. Trump"},
		{"Anthony D. Weiner,", "Anthony D. Weiner"},
		{"J.K. Rowling", "J.K. Rowling"},
		{"Martin Luther King Jr.", "Martin Luther King Jr."},
		{"the U.S. Justice Department", "U.S. Justice Department"},
		{"Wal-Mart Stores Inc.", "Wal-Mart Stores Inc."},
		{"Al.", "Al"},
		{"“Sen. Ann Holt”", "Ann Holt"},
		{"Tom Hale.", "Tom Hale"},
		{"(Moira Kerr)", "Moira Kerr"},
	}
	for _, tc := range tests {
		if got := Of(tc.name).Display; got != tc.want {
			t.Errorf("Of(%q).Display = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		d    int
	}{{"zelenksy", "zelensky", 1}, {"kitten", "sitting", 3}, {"", "abc", 3}, {"same", "same", 0}}
	for _, tc := range tests {
		if got := Distance(tc.a, tc.b); got != tc.d {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.d)
		}
	}
}

func TestNamed(t *testing.T) {
	tests := map[string]bool{
		"Volodymyr Zelensky": true, "NATO": true, "the U.S. Justice Department": true,
		"Ukraine's communications watchdog": true, "The city manager": false, "A resident": false,
	}
	for name, want := range tests {
		if got := Of(name).Named(); got != want {
			t.Errorf("Of(%q).Named() = %v, want %v", name, got, want)
		}
	}
}

// BenchmarkOf reads a speaker's key, as every quote read from storage does.
func BenchmarkOf(b *testing.B) {
	names := []string{"President Volodymyr Zelenskyy", "Mr Blair", "Rinat Akhmetov", "the U.S. Justice Department", "Dr. Anne-Marie O'Neill"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Of(names[i%len(names)])
	}
}
