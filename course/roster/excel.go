package roster

// ExcelDelimiter is the delimiter Excel reads a double-clicked .csv file
// with for a trainer working in lang: the list separator of the system's
// regional settings. Where the decimal separator is a comma (France,
// Italy, Spain, and the French, Italian and Spanish speaking regions
// elsewhere) it is a semicolon; in English it is a comma.
func ExcelDelimiter(lang string) rune {
	switch lang {
	case "fr", "it", "es":
		return ';'
	}
	return ','
}

// ExcelOptions is how the participants list is exported for a trainer
// working in lang, so that Excel opens it right with a double click: UTF-8
// with a byte order mark (without it Excel reads accents as Windows-1252),
// the delimiter of lang's regional settings, and Windows line ends.
func ExcelOptions(lang string, header [5]string) ExportOptions {
	return ExportOptions{Header: header, BOM: true, Comma: ExcelDelimiter(lang), CRLF: true}
}
