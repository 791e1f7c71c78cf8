// Sentence and word segmentation: our own table of tricky sentence boundaries in statute style
// (written for this test, not taken from any corpus), plus words() and on_word_boundaries().
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/normalize.hpp"
#include "text/segment.hpp"

using namespace digitalcheck;

namespace {

struct Case {
  const char* text;
  std::vector<std::string> sentences;
};

std::vector<std::string> split(Segmenter& seg, const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : seg.sentences(text)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// Sentences joined with " ‖ " so that a failure prints both sides readably.
std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ‖ ") + p;
  return out;
}

void check_cases(const std::vector<Case>& cases) {
  Segmenter seg;
  for (const Case& c : cases) CHECK(joined(split(seg, c.text)) == joined(c.sentences));
}

}  // namespace

TEST_CASE("legal abbreviations never end a sentence") {
  check_cases({
      {"Der Antrag nach Abs. 2 ist zu begründen.", {"Der Antrag nach Abs. 2 ist zu begründen."}},
      {"Die Frist nach Abs. 1 Satz 2 beträgt einen Monat. Sie beginnt mit der Zustellung.",
       {"Die Frist nach Abs. 1 Satz 2 beträgt einen Monat.", "Sie beginnt mit der Zustellung."}},
      {"Die in Nr. 3 genannten Stellen sind anzuhören.", {"Die in Nr. 3 genannten Stellen sind anzuhören."}},
      {"Zuständig ist die in Nr. 4 Buchst. b bezeichnete Behörde.",
       {"Zuständig ist die in Nr. 4 Buchst. b bezeichnete Behörde."}},
      {"Die Regelung gilt für Art. 3 Abs. 2 entsprechend.", {"Die Regelung gilt für Art. 3 Abs. 2 entsprechend."}},
      {"Das Verfahren richtet sich nach Art. 12 Satz 1 Nr. 2 der Verordnung.",
       {"Das Verfahren richtet sich nach Art. 12 Satz 1 Nr. 2 der Verordnung."}},
      {"Die Angaben sind ggf. zu ergänzen.", {"Die Angaben sind ggf. zu ergänzen."}},
      {"Ggf. ist ein Gutachten beizufügen.", {"Ggf. ist ein Gutachten beizufügen."}},
      {"Die Behörde kann Auskünfte, Unterlagen bzw. Nachweise verlangen.",
       {"Die Behörde kann Auskünfte, Unterlagen bzw. Nachweise verlangen."}},
      {"Das gilt für Vereine bzw. Stiftungen.", {"Das gilt für Vereine bzw. Stiftungen."}},
      {"Die Vorschriften des Teils 2 (vgl. Abschn. 4) bleiben unberührt.",
       {"Die Vorschriften des Teils 2 (vgl. Abschn. 4) bleiben unberührt."}},
      {"Vgl. auch Kap. 3 der Richtlinie.", {"Vgl. auch Kap. 3 der Richtlinie."}},
      {"Die Erlaubnis kann z. B. mit Auflagen verbunden werden.",
       {"Die Erlaubnis kann z. B. mit Auflagen verbunden werden."}},
      {"Es genügen Belege, z. B. Rechnungen oder Quittungen.",
       {"Es genügen Belege, z. B. Rechnungen oder Quittungen."}},
      {"Nachweise, z.B. Zeugnisse, sind beizufügen.", {"Nachweise, z.B. Zeugnisse, sind beizufügen."}},
      {"Es gilt § 5 i. V. m. § 9 entsprechend.", {"Es gilt § 5 i. V. m. § 9 entsprechend."}},
      {"Die Befugnis nach § 7 i.V.m. Anlage 2 bleibt bestehen.",
       {"Die Befugnis nach § 7 i.V.m. Anlage 2 bleibt bestehen."}},
      {"Zu beteiligen sind u. a. Gemeinden und Landkreise.", {"Zu beteiligen sind u. a. Gemeinden und Landkreise."}},
      {"Es zählen u.a. Mieten und Pachten.", {"Es zählen u.a. Mieten und Pachten."}},
      {"Bekannt gemacht im BGBl. I S. 1234 vom Vormonat.", {"Bekannt gemacht im BGBl. I S. 1234 vom Vormonat."}},
      {"Die Verordnung (GVBl. S. 77) wird aufgehoben.", {"Die Verordnung (GVBl. S. 77) wird aufgehoben."}},
      {"Die Satzung ist im SächsABl. Nr. 12 veröffentlicht.", {"Die Satzung ist im SächsABl. Nr. 12 veröffentlicht."}},
      {"Die Fassung der Bek. vom Vorjahr gilt fort.", {"Die Fassung der Bek. vom Vorjahr gilt fort."}},
      {"Hierzu zählen insb. Kindergärten und Schulen.", {"Hierzu zählen insb. Kindergärten und Schulen."}},
      {"Insbes. Spenden sind anzugeben.", {"Insbes. Spenden sind anzugeben."}},
      {"Die sog. Härtefallklausel bleibt unberührt.", {"Die sog. Härtefallklausel bleibt unberührt."}},
      {"Das Fach Ev. Religion wird benotet.", {"Das Fach Ev. Religion wird benotet."}},
      {"Das Fach „Ev./Kath. Religion“ wird benotet.", {"Das Fach „Ev./Kath. Religion“ wird benotet."}},
      {"Für die Zulassung ist Dr. Weber zuständig.", {"Für die Zulassung ist Dr. Weber zuständig."}},
      {"Die Leitung hat Prof. Dr. Schulze inne.", {"Die Leitung hat Prof. Dr. Schulze inne."}},
      {"Die Gebühr beträgt ca. 50 Euro.", {"Die Gebühr beträgt ca. 50 Euro."}},
      {"Der Zuschuss beträgt höchstens 2 Mio. Euro.", {"Der Zuschuss beträgt höchstens 2 Mio. Euro."}},
      {"Das Volumen liegt bei 1,5 Mrd. Euro jährlich.", {"Das Volumen liegt bei 1,5 Mrd. Euro jährlich."}},
      {"Die Kosten trägt der Antragsteller, einschl. Auslagen.",
       {"Die Kosten trägt der Antragsteller, einschl. Auslagen."}},
      {"Die Kosten sind zzgl. Umsatzsteuer zu erstatten.", {"Die Kosten sind zzgl. Umsatzsteuer zu erstatten."}},
      {"Der Betrag ist inkl. Zinsen zu zahlen.", {"Der Betrag ist inkl. Zinsen zu zahlen."}},
      {"Die Angaben nach Ziff. 3 sind freiwillig.", {"Die Angaben nach Ziff. 3 sind freiwillig."}},
      {"Die Pflicht nach Art. 6 Abs. 1 UAbs. 1 lit. c bleibt unberührt.",
       {"Die Pflicht nach Art. 6 Abs. 1 UAbs. 1 lit. c bleibt unberührt."}},
      {"Nach Satz 1 Hs. 2 gilt Folgendes.", {"Nach Satz 1 Hs. 2 gilt Folgendes."}},
      {"Die Begründung (BT-Drs. 19/1234) nennt Beispiele.", {"Die Begründung (BT-Drs. 19/1234) nennt Beispiele."}},
      {"Vgl. BT-Drucks. 18/765 zur Entstehung.", {"Vgl. BT-Drucks. 18/765 zur Entstehung."}},
      {"Es gelten die §§ 8 ff. entsprechend.", {"Es gelten die §§ 8 ff. entsprechend."}},
      {"Die Frist beginnt gem. § 31 mit der Bekanntgabe.", {"Die Frist beginnt gem. § 31 mit der Bekanntgabe."}},
      {"Die Zulage wird lfd. Nr. 4 der Tabelle zugeordnet.", {"Die Zulage wird lfd. Nr. 4 der Tabelle zugeordnet."}},
      {"Der Bescheid ist d. h. binnen einer Woche zu erlassen.",
       {"Der Bescheid ist d. h. binnen einer Woche zu erlassen."}},
      {"Anträge sind bis spätestens 15. Okt. Jahres einzureichen.",
       {"Anträge sind bis spätestens 15. Okt. Jahres einzureichen."}},
  });
}

TEST_CASE("a period after a law abbreviation followed by a new sentence is a real end") {
  check_cases({
      {"Die Form richtet sich nach § 126 BGB. Die Behörde prüft den Antrag.",
       {"Die Form richtet sich nach § 126 BGB.", "Die Behörde prüft den Antrag."}},
      {"Das Grundrecht folgt aus Art. 12 GG. Einschränkungen bedürfen eines Gesetzes.",
       {"Das Grundrecht folgt aus Art. 12 GG.", "Einschränkungen bedürfen eines Gesetzes."}},
      {"Es gilt § 3a VwVfG. Anträge können elektronisch gestellt werden.",
       {"Es gilt § 3a VwVfG.", "Anträge können elektronisch gestellt werden."}},
      {"Die Frist bestimmt sich nach § 31 VwVfG. Sie verlängert sich nicht.",
       {"Die Frist bestimmt sich nach § 31 VwVfG.", "Sie verlängert sich nicht."}},
      {"Ergänzend gilt das SGB X. Weitere Vorschriften bleiben unberührt.",
       {"Ergänzend gilt das SGB X.", "Weitere Vorschriften bleiben unberührt."}},
      {"Maßgeblich ist § 67 SGB X. Der Sozialdatenschutz geht vor.",
       {"Maßgeblich ist § 67 SGB X.", "Der Sozialdatenschutz geht vor."}},
      {"Es gilt § 36a SGB I. Im Übrigen gilt dieses Gesetz.",
       {"Es gilt § 36a SGB I.", "Im Übrigen gilt dieses Gesetz."}},
      {"Die Zustellung erfolgt nach dem VwZG. Zuständig ist die Ausgangsbehörde.",
       {"Die Zustellung erfolgt nach dem VwZG.", "Zuständig ist die Ausgangsbehörde."}},
      {"Es gelten die Vorschriften der AO. Abweichende Regelungen sind unzulässig.",
       {"Es gelten die Vorschriften der AO.", "Abweichende Regelungen sind unzulässig."}},
      {"Ergänzend gilt das SächsVwVfZG. Satz 1 gilt entsprechend.",
       {"Ergänzend gilt das SächsVwVfZG.", "Satz 1 gilt entsprechend."}},
      {"Die Haftung richtet sich nach dem BGB. Weitergehende Ansprüche bleiben unberührt.",
       {"Die Haftung richtet sich nach dem BGB.", "Weitergehende Ansprüche bleiben unberührt."}},
      {"Die Daten werden nach der DSGVO. Verarbeitet wird nur das Nötige.",
       {"Die Daten werden nach der DSGVO.", "Verarbeitet wird nur das Nötige."}},
      {"Art. 25 eIDAS gilt. Eine qualifizierte Signatur genügt.",
       {"Art. 25 eIDAS gilt.", "Eine qualifizierte Signatur genügt."}},
      {"Ergänzend gilt das OZG. Nutzerkonten sind bereitzustellen.",
       {"Ergänzend gilt das OZG.", "Nutzerkonten sind bereitzustellen."}},
      {"Es gilt das GG. Art. 3 bleibt unberührt.", {"Es gilt das GG.", "Art. 3 bleibt unberührt."}},
      {"Die Textform genügt (§ 126b BGB). Der Antrag kann per E-Mail gestellt werden.",
       {"Die Textform genügt (§ 126b BGB).", "Der Antrag kann per E-Mail gestellt werden."}},
  });
}

TEST_CASE("ordinals and dates do not end a sentence") {
  check_cases({
      {"Das Gesetz tritt am 1. Januar 2027 in Kraft.", {"Das Gesetz tritt am 1. Januar 2027 in Kraft."}},
      {"Die Frist endet am 31. Dezember des Jahres. Danach ist der Antrag unzulässig.",
       {"Die Frist endet am 31. Dezember des Jahres.", "Danach ist der Antrag unzulässig."}},
      {"Antragsberechtigt ist, wer das 18. Lebensjahr vollendet hat.",
       {"Antragsberechtigt ist, wer das 18. Lebensjahr vollendet hat."}},
      {"Vor Vollendung des 16. Lebensjahres ist die Zustimmung nötig.",
       {"Vor Vollendung des 16. Lebensjahres ist die Zustimmung nötig."}},
      {"Die Vorschriften des 2. Buches bleiben unberührt.", {"Die Vorschriften des 2. Buches bleiben unberührt."}},
      {"Der Bericht ist bis zum 30. Juni vorzulegen.", {"Der Bericht ist bis zum 30. Juni vorzulegen."}},
      {"Die Zahlung erfolgt ab dem 3. Monat nach Bewilligung.",
       {"Die Zahlung erfolgt ab dem 3. Monat nach Bewilligung."}},
      {"Die Meldung ist zum 15. eines jeden Monats abzugeben.",
       {"Die Meldung ist zum 15. eines jeden Monats abzugeben."}},
      {"Die Frist endet mit Ablauf des 10. Kalendertages.", {"Die Frist endet mit Ablauf des 10. Kalendertages."}},
      {"Im 2. Halbjahr wird erneut geprüft.", {"Im 2. Halbjahr wird erneut geprüft."}},
      {"Das Gesetz vom 12. März 2020 wird aufgehoben.", {"Das Gesetz vom 12. März 2020 wird aufgehoben."}},
      {"Die Verordnung gilt seit dem 1.1.2021 unverändert.", {"Die Verordnung gilt seit dem 1.1.2021 unverändert."}},
      {"Die Satzung wurde am 01.02.2022 beschlossen. Sie gilt ab sofort.",
       {"Die Satzung wurde am 01.02.2022 beschlossen.", "Sie gilt ab sofort."}},
      {"Der Antrag ist bis zum 31. Dezember 2026 zu stellen. Danach entfällt der Anspruch.",
       {"Der Antrag ist bis zum 31. Dezember 2026 zu stellen.", "Danach entfällt der Anspruch."}},
      {"Die Regelung gilt bis zum Jahr 2030. Der Landtag überprüft sie.",
       {"Die Regelung gilt bis zum Jahr 2030.", "Der Landtag überprüft sie."}},
      {"Die Prüfung findet im 4. Quartal statt.", {"Die Prüfung findet im 4. Quartal statt."}},
      {"Das gilt bereits ab dem 2. Tag der Erkrankung.", {"Das gilt bereits ab dem 2. Tag der Erkrankung."}},
      {"Der Zuschlag wird ab der 5. Stunde gezahlt.", {"Der Zuschlag wird ab der 5. Stunde gezahlt."}},
  });
}

TEST_CASE("numbered items at the start of a sentence or inside a list") {
  check_cases({
      {"1. die Angaben zur Person,", {"1. die Angaben zur Person,"}},
      {"1.die Angaben zur Person,", {"1.die Angaben zur Person,"}},
      {"2. Die Behörde prüft den Antrag.", {"2. Die Behörde prüft den Antrag."}},
      {"3.Der Antrag ist zu begründen.", {"3.Der Antrag ist zu begründen."}},
      {"12. Ausländische Unternehmen sind gleichgestellt.", {"12. Ausländische Unternehmen sind gleichgestellt."}},
      {"(1. Nachtrag) Die Regelung wird ergänzt.", {"(1. Nachtrag) Die Regelung wird ergänzt."}},
      {"Dem Antrag sind beizufügen: 1. die Satzung, 2. der Mietvertrag und 3. ein Lageplan.",
       {"Dem Antrag sind beizufügen: 1. die Satzung, 2. der Mietvertrag und 3. ein Lageplan."}},
      {"Folgende Angaben sind zu machen: 1. Name, 2. Anschrift, 3. Geburtsdatum.",
       {"Folgende Angaben sind zu machen: 1. Name, 2. Anschrift, 3. Geburtsdatum."}},
      {"Erforderlich sind: 1. Die Satzung; 2. Der Gesellschaftsvertrag.",
       {"Erforderlich sind: 1. Die Satzung; 2. Der Gesellschaftsvertrag."}},
      {"Zu melden sind 1. die Todesfälle und 2. die Geburten.",
       {"Zu melden sind 1. die Todesfälle und 2. die Geburten."}},
      {"Zuständig sind 1. das Amt, 2. die Kammer oder 3. Verbände der Wirtschaft.",
       {"Zuständig sind 1. das Amt, 2. die Kammer oder 3. Verbände der Wirtschaft."}},
      {"Befreit sind 1. Schüler, 2. Studierende und 3. Teilnehmende am Freiwilligendienst.",
       {"Befreit sind 1. Schüler, 2. Studierende und 3. Teilnehmende am Freiwilligendienst."}},
      {"Es gilt Satz 1 und 2. Anträge sind zu begründen.", {"Es gilt Satz 1 und 2.", "Anträge sind zu begründen."}},
      {"Die Werte 1.5 und 2. Anträge folgen.", {"Die Werte 1.5 und 2.", "Anträge folgen."}},
      {"4. wer vorsätzlich handelt. Der Versuch ist strafbar.",
       {"4. wer vorsätzlich handelt.", "Der Versuch ist strafbar."}},
      {"Es gilt Nummer 2. Die Nummer 3 bleibt unberührt.", {"Es gilt Nummer 2.", "Die Nummer 3 bleibt unberührt."}},
  });
}

TEST_CASE("citations hold together and a citation at the end still ends the sentence") {
  check_cases({
      {"Der Antrag nach § 4 Abs. 1 Satz 2 Nr. 3 ist abzulehnen.",
       {"Der Antrag nach § 4 Abs. 1 Satz 2 Nr. 3 ist abzulehnen."}},
      {"Es gilt § 4 Abs. 1 Satz 2 Nr. 3. Der Antrag ist abzulehnen.",
       {"Es gilt § 4 Abs. 1 Satz 2 Nr. 3.", "Der Antrag ist abzulehnen."}},
      {"Es gilt § 4 Abs. 1 Satz 2 Nr. 3. Anträge sind abzulehnen.",
       {"Es gilt § 4 Abs. 1 Satz 2 Nr. 3.", "Anträge sind abzulehnen."}},
      {"Die Frist verlängert sich. § 6 bleibt unberührt.", {"Die Frist verlängert sich.", "§ 6 bleibt unberührt."}},
      {"Maßgeblich ist § 5 BGB. § 6 BGB gilt nicht.", {"Maßgeblich ist § 5 BGB.", "§ 6 BGB gilt nicht."}},
      {"Die Frist nach Abs. 2. § 7 bleibt unberührt.", {"Die Frist nach Abs. 2.", "§ 7 bleibt unberührt."}},
      {"Es gilt Abs. 2 i. V. m. § 7 entsprechend.", {"Es gilt Abs. 2 i. V. m. § 7 entsprechend."}},
      {"Die Ausnahme gilt nach Abs. 2. Im Übrigen bleibt es bei Abs. 1.",
       {"Die Ausnahme gilt nach Abs. 2.", "Im Übrigen bleibt es bei Abs. 1."}},
      {"Die Pflicht nach Art. 5 Abs. 3 Nr. 2 Buchst. a bleibt bestehen.",
       {"Die Pflicht nach Art. 5 Abs. 3 Nr. 2 Buchst. a bleibt bestehen."}},
      {"Die Befugnis folgt aus §§ 3, 4 Abs. 2 und 5. Einer Zustimmung bedarf es nicht.",
       {"Die Befugnis folgt aus §§ 3, 4 Abs. 2 und 5.", "Einer Zustimmung bedarf es nicht."}},
      {"Die Regelungen der Nrn. 1 bis 4 gelten entsprechend.", {"Die Regelungen der Nrn. 1 bis 4 gelten entsprechend."}},
      {"Das ergibt sich aus S. 3 der Begründung.", {"Das ergibt sich aus S. 3 der Begründung."}},
      {"Die Ermächtigung (§ 12 Abs. 2 Satz 1) reicht aus.", {"Die Ermächtigung (§ 12 Abs. 2 Satz 1) reicht aus."}},
      {"Geändert durch Art. 2 des Gesetzes vom 7. Mai 2021 (GVBl. S. 512). Die Änderung gilt rückwirkend.",
       {"Geändert durch Art. 2 des Gesetzes vom 7. Mai 2021 (GVBl. S. 512).", "Die Änderung gilt rückwirkend."}},
      {"Veröffentlicht in GV. NRW. S. 214 im Vorjahr.", {"Veröffentlicht in GV. NRW. S. 214 im Vorjahr."}},
      {"Die Vorschrift vom 5. Mai 2019 (MBl. SMK S. 74) tritt außer Kraft.",
       {"Die Vorschrift vom 5. Mai 2019 (MBl. SMK S. 74) tritt außer Kraft."}},
      {"Zuletzt enthalten in der Vorschrift (SächsABl. SDr. S. S 211) in der geltenden Fassung.",
       {"Zuletzt enthalten in der Vorschrift (SächsABl. SDr. S. S 211) in der geltenden Fassung."}},
      {"Die Vorschrift (Art. 3 Abs. 1 Satz 1 Nr. 1 Buchst. b Doppelbuchst. aa) gilt.",
       {"Die Vorschrift (Art. 3 Abs. 1 Satz 1 Nr. 1 Buchst. b Doppelbuchst. aa) gilt."}},
      {"Die Frist nach § 5 Abs. 2 Satz 3 Halbsatz 2 verlängert sich. § 6 bleibt unberührt.",
       {"Die Frist nach § 5 Abs. 2 Satz 3 Halbsatz 2 verlängert sich.", "§ 6 bleibt unberührt."}},
      {"Die Pflicht nach Nr. 1 Buchst. a Doppelbuchst. Bb gilt.", {"Die Pflicht nach Nr. 1 Buchst. a Doppelbuchst. Bb gilt."}},
      {"Nach Rn. 12 der Entscheidung ist das zulässig.", {"Nach Rn. 12 der Entscheidung ist das zulässig."}},
      {"Die Pflicht folgt aus Abs. 1 Nr. 2 lit. b. Die Ausnahme folgt aus Abs. 3.",
       {"Die Pflicht folgt aus Abs. 1 Nr. 2 lit. b.", "Die Ausnahme folgt aus Abs. 3."}},
  });
}

TEST_CASE("single letters: abbreviation parts versus designators that end a sentence") {
  check_cases({
      {"Die Vorschrift in der Fassung a. F. gilt weiter.", {"Die Vorschrift in der Fassung a. F. gilt weiter."}},
      {"Die Zulage beträgt 5 v. H. des Grundgehalts.", {"Die Zulage beträgt 5 v. H. des Grundgehalts."}},
      {"Die Zulage beträgt 5 v. H. Die Obergrenze bleibt unberührt.",
       {"Die Zulage beträgt 5 v. H.", "Die Obergrenze bleibt unberührt."}},
      {"Die Ausnahme gilt für Fälle nach Nummer 3 Buchstabe b. Anträge sind zu begründen.",
       {"Die Ausnahme gilt für Fälle nach Nummer 3 Buchstabe b.", "Anträge sind zu begründen."}},
      {"Das gilt für Buchstabe a und b. Weitere Fälle sind ausgeschlossen.",
       {"Das gilt für Buchstabe a und b.", "Weitere Fälle sind ausgeschlossen."}},
      {"Das gilt für die Buchstaben a, b und c. Weitere Fälle sind ausgeschlossen.",
       {"Das gilt für die Buchstaben a, b und c.", "Weitere Fälle sind ausgeschlossen."}},
      {"Die Werte ergeben sich aus Anlage A. Abweichungen sind zu begründen.",
       {"Die Werte ergeben sich aus Anlage A.", "Abweichungen sind zu begründen."}},
      {"Maßgeblich ist die Tabelle in Teil B. Ausnahmen regelt Teil C.",
       {"Maßgeblich ist die Tabelle in Teil B.", "Ausnahmen regelt Teil C."}},
      {"Es gilt die Entgeltgruppe nach Spalte C. Zuschläge werden gesondert gezahlt.",
       {"Es gilt die Entgeltgruppe nach Spalte C.", "Zuschläge werden gesondert gezahlt."}},
      {"Die Pflicht nach Nr. 2 Buchst. a. Ausnahmen gibt es nicht.",
       {"Die Pflicht nach Nr. 2 Buchst. a.", "Ausnahmen gibt es nicht."}},
      {"Zuständig ist Herr K. Meier aus dem Referat.", {"Zuständig ist Herr K. Meier aus dem Referat."}},
      {"Die Regelung i. S. d. Absatzes 1 gilt entsprechend.",
       {"Die Regelung i. S. d. Absatzes 1 gilt entsprechend."}},
      {"Die Daten sind m. E. zu löschen.", {"Die Daten sind m. E. zu löschen."}},
      {"Es gilt die Vorschrift n. F. Die alte Fassung ist aufgehoben.",
       {"Es gilt die Vorschrift n. F.", "Die alte Fassung ist aufgehoben."}},
      {"Nach Doppelbuchstabe aa. Ausnahmen bestehen nicht.",
       {"Nach Doppelbuchstabe aa.", "Ausnahmen bestehen nicht."}},
  });
}

TEST_CASE("an abbreviation before a word that only opens sentences is a real end") {
  check_cases({
      {"Zu melden sind Geburten, Eheschließungen usw. Die Meldung ist gebührenfrei.",
       {"Zu melden sind Geburten, Eheschließungen usw.", "Die Meldung ist gebührenfrei."}},
      {"Erfasst sind Bücher, Zeitschriften etc. Sie sind zu verzeichnen.",
       {"Erfasst sind Bücher, Zeitschriften etc.", "Sie sind zu verzeichnen."}},
      {"Es gelten die §§ 8 ff. Diese Vorschriften sind entsprechend anzuwenden.",
       {"Es gelten die §§ 8 ff.", "Diese Vorschriften sind entsprechend anzuwenden."}},
      {"Die Leistung umfasst Miete, Heizung u. a. Soweit nötig, wird sie erhöht.",
       {"Die Leistung umfasst Miete, Heizung u. a.", "Soweit nötig, wird sie erhöht."}},
      {"Vereine, Verbände usw. sind anzuhören.", {"Vereine, Verbände usw. sind anzuhören."}},
      {"Dies gilt für Leistungen jeder Art. Die Behörde entscheidet.",
       {"Dies gilt für Leistungen jeder Art.", "Die Behörde entscheidet."}},
  });
}

TEST_CASE("ordinary sentence ends, questions, exclamations, quotes and brackets") {
  check_cases({
      {"Der Antrag ist zu stellen. Die Behörde entscheidet.", {"Der Antrag ist zu stellen.", "Die Behörde entscheidet."}},
      {"Ist der Antrag vollständig? Dann ist er zu bescheiden.",
       {"Ist der Antrag vollständig?", "Dann ist er zu bescheiden."}},
      {"Achtung! Die Frist läuft ab.", {"Achtung!", "Die Frist läuft ab."}},
      {"Die Behörde entscheidet; sie hört vorher an.", {"Die Behörde entscheidet; sie hört vorher an."}},
      {"Die Behörde entscheidet: Der Antrag ist abgelehnt.", {"Die Behörde entscheidet: Der Antrag ist abgelehnt."}},
      {"Der Satz lautet: „Der Antrag ist schriftlich zu stellen.“ Das wird geändert.",
       {"Der Satz lautet: „Der Antrag ist schriftlich zu stellen.“", "Das wird geändert."}},
      {"Die Wörter „schriftlich“ werden gestrichen. Satz 2 wird aufgehoben.",
       {"Die Wörter „schriftlich“ werden gestrichen.", "Satz 2 wird aufgehoben."}},
      {"(Der Satz gilt nur für Vereine.) Im Übrigen bleibt es dabei.",
       {"(Der Satz gilt nur für Vereine.)", "Im Übrigen bleibt es dabei."}},
      {"Ein Satz ohne Punkt am Ende", {"Ein Satz ohne Punkt am Ende"}},
      {"Er beantragt es. Sie lehnt ab. Es bleibt dabei.", {"Er beantragt es.", "Sie lehnt ab.", "Es bleibt dabei."}},
      {"Der Antrag ist zu stellen.  Die Behörde entscheidet.  ",
       {"Der Antrag ist zu stellen.", "Die Behörde entscheidet."}},
      {"  Führende Leerzeichen zählen nicht.", {"Führende Leerzeichen zählen nicht."}},
      {"Die Gebühr beträgt 50 EUR. Sie ist sofort fällig.", {"Die Gebühr beträgt 50 EUR.", "Sie ist sofort fällig."}},
      {"Die Frist beträgt zwei Wochen. 2 weitere Wochen können gewährt werden.",
       {"Die Frist beträgt zwei Wochen.", "2 weitere Wochen können gewährt werden."}},
      {"Der Antrag ist zu stellen. Übergangsweise gilt das alte Recht.",
       {"Der Antrag ist zu stellen.", "Übergangsweise gilt das alte Recht."}},
      {"Die Angaben sind vollständig zu machen. Änderungen sind mitzuteilen.",
       {"Die Angaben sind vollständig zu machen.", "Änderungen sind mitzuteilen."}},
      {"Die Adresse lautet www.beispiel.de und gilt fort.", {"Die Adresse lautet www.beispiel.de und gilt fort."}},
      {"Die Datei heißt antrag.pdf. Sie ist hochzuladen.", {"Die Datei heißt antrag.pdf.", "Sie ist hochzuladen."}},
      {"Der Betrag von 1.500 Euro ist zu zahlen.", {"Der Betrag von 1.500 Euro ist zu zahlen."}},
      {"Der Zinssatz beträgt 2.5 Prozent. Er wird jährlich angepasst.",
       {"Der Zinssatz beträgt 2.5 Prozent.", "Er wird jährlich angepasst."}},
  });
}

TEST_CASE("Markdown-escaped periods (\\.) behave like periods once the text is normalised") {
  Segmenter seg;
  auto sentences_of = [&](const std::string& raw) {
    NormalizedText v = normalize(raw);
    return joined(split(seg, v.text));
  };
  CHECK(sentences_of("1\\. die Angaben zur Person,") == "1. die Angaben zur Person,");
  CHECK(sentences_of("Die Frist beginnt am 21\\. April 2025 und endet bald.") ==
        "Die Frist beginnt am 21. April 2025 und endet bald.");
  CHECK(sentences_of("Es gilt Absatz 1\\. Die Behörde entscheidet.") == "Es gilt Absatz 1. ‖ Die Behörde entscheidet.");
}

TEST_CASE("a sentence glued to the previous one without a space still starts a new sentence") {
  check_cases({
      {"Die Grenze ist in der Karte festgesetzt.Die Karte liegt bei der Gemeinde aus.",
       {"Die Grenze ist in der Karte festgesetzt.", "Die Karte liegt bei der Gemeinde aus."}},
      {"Das Gebiet heißt Oybin.Maßgebend ist die Karte. Sie ist Anlage.",
       {"Das Gebiet heißt Oybin.", "Maßgebend ist die Karte.", "Sie ist Anlage."}},
      {"Übermittlung an die Ämter.Über den Antrag entscheidet die Behörde.",
       {"Übermittlung an die Ämter.", "Über den Antrag entscheidet die Behörde."}},
      // Domains, addresses, abbreviations and acronyms hold together.
      {"Die Bekanntmachung erfolgt unter www.Sachsen.de im Internet.",
       {"Die Bekanntmachung erfolgt unter www.Sachsen.de im Internet."}},
      {"Anträge an poststelle@stadt.Beispiel.de richten.", {"Anträge an poststelle@stadt.Beispiel.de richten."}},
      {"Dies gilt z.B. für Vereine i.V.m. dem Gesetz.", {"Dies gilt z.B. für Vereine i.V.m. dem Gesetz."}},
      {"Nach Abs.Nr. 3 und der Anlage.PDF gilt das.", {"Nach Abs.Nr. 3 und der Anlage.PDF gilt das."}},
  });
}

TEST_CASE("empty and whitespace-only text has no sentences") {
  Segmenter seg;
  CHECK(seg.sentences("").empty());
  CHECK(seg.sentences("   ").empty());
}

TEST_CASE("sentence spans are byte offsets into the text and exclude the spaces between sentences") {
  Segmenter seg;
  std::string text = "Äußerst wichtig. Öffentliche Stellen prüfen.";
  auto spans = seg.sentences(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 0);
  CHECK(spans[0].end == text.find(". ") + 1);
  CHECK(spans[1].begin == text.find("Öffentliche"));
  CHECK(spans[1].end == text.size());
}

TEST_CASE("the segmenter is reusable across texts") {
  Segmenter seg;
  CHECK(split(seg, "Erster Text. Zwei Sätze.").size() == 2);
  CHECK(split(seg, "Zweiter Text nach Abs. 2 ohne Ende").size() == 1);
  CHECK(split(seg, "Erster Text. Zwei Sätze.").size() == 2);
}

TEST_CASE("is_legal_abbreviation knows the curated list and single letters") {
  for (const char* w : {"Abs", "Nr", "Art", "Buchst", "vgl", "ggf", "bzw", "BGBl", "GVBl", "S", "z", "B", "ä"})
    CHECK_MESSAGE(is_legal_abbreviation(w), w);
  for (const char* w : {"BGB", "GG", "VwVfG", "Antrag", "abs", "", "Satz"}) CHECK_MESSAGE(!is_legal_abbreviation(w), w);
}

TEST_CASE("words() yields letter and number words, with umlauts, without punctuation and spaces") {
  Segmenter seg;
  std::string text = "Die Prüfung (§ 5) ist öffentlich-rechtlich, 2026 Straße.";
  std::vector<std::string> words;
  for (const Span& w : seg.words(text)) words.push_back(text.substr(w.begin, w.end - w.begin));
  CHECK(words == std::vector<std::string>{"Die", "Prüfung", "5", "ist", "öffentlich", "rechtlich", "2026", "Straße"});
  CHECK(seg.words("").empty());
  CHECK(seg.words(" ,. ").empty());
}

TEST_CASE("on_word_boundaries() treats umlauts and ß as letters") {
  Segmenter seg;
  std::string text = "Die Prüfung der Übermittlung erfolgt schriftlich.";
  auto at = [&](const std::string& w) { return static_cast<std::uint32_t>(text.find(w)); };
  auto len = [](const std::string& w) { return static_cast<std::uint32_t>(w.size()); };
  CHECK(seg.on_word_boundaries(text, at("Prüfung"), at("Prüfung") + len("Prüfung")));
  CHECK(seg.on_word_boundaries(text, at("Übermittlung"), at("Übermittlung") + len("Übermittlung")));
  // "Prü" stops in the middle of a word even though the next byte is an ASCII letter after 'ü'.
  CHECK_FALSE(seg.on_word_boundaries(text, at("Prüfung"), at("Prüfung") + len("Prü")));
  // "bermittlung" starts inside "Übermittlung" (after the two bytes of 'Ü').
  CHECK_FALSE(seg.on_word_boundaries(text, at("Übermittlung") + 2, at("Übermittlung") + len("Übermittlung")));
  CHECK_FALSE(seg.on_word_boundaries(text, at("schriftlich"), at("schriftlich") + len("schrift")));
  CHECK(seg.on_word_boundaries(text, at("schriftlich"), at("schriftlich") + len("schriftlich")));
  std::string s2 = "Straßenverkehr";
  CHECK_FALSE(seg.on_word_boundaries(s2, 0, static_cast<std::uint32_t>(std::string("Straß").size())));
  CHECK(seg.on_word_boundaries(s2, 0, static_cast<std::uint32_t>(s2.size())));
}
