"""figure: numbers that count a noun phrase, with their unit; never years, dates, ids."""

from __future__ import annotations

from extract_helpers import facts_of, keys


def test_counts_keep_their_units():
    body = (
        "Volgens het Oekraïense ministerie heeft de Russische krijgsmacht meer dan 9.000 chemische aanvallen "
        "uitgevoerd. Zeker drie (militaire) doden worden daaraan toegeschreven."
    )
    figs = facts_of(body, kind="figure")
    assert keys(figs) == {(9000, "chemische aanvallen"), (3, "(militaire) doden")}
    assert [f["about"] for f in figs] == ["chemical_weapon", None]


def test_scale_words_and_borrowed_units():
    body = (
        "Twaalf maanden oorlog hebben geleid tot meer dan 12 miljoen Oekraïense vluchtelingen. "
        "Van de 31 NAVO-landen zijn 23 ook partij bij het Verdrag. De militaire steun gaat door."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (12, "maanden"),  # a length of time is a key quantity too (blind gold, session 10)
        (12_000_000, "Oekraïense vluchtelingen"),
        (31, "NAVO-landen"),
        (23, "NAVO-landen"),
    }


def test_one_before_a_scale_is_a_number_not_an_article():
    body = "De VN meldt dat meer dan één miljoen kinderen honger lijden. Een kind op de vlucht kreeg een deken."
    assert keys(facts_of(body, kind="figure")) == {(1_000_000, "kinderen")}


def test_a_change_far_from_its_verb_and_a_change_from_one_count_to_another():
    body = (
        "Vorig jaar stegen de huurprijzen gemiddeld immers met maar liefst 5,4 procent. "
        "Het arsenaal wordt teruggebracht van 137 naar 108 jachtvliegtuigen."
    )
    figs = {f["value"]: f["unit"] for f in facts_of(body, kind="figure")}
    assert figs[5.4].startswith("procent")
    assert figs[137] == figs[108] == "jachtvliegtuigen"


def test_shares_of_the_economy_with_what_they_are_spent_on_between():
    body = (
        "De bondgenoten kwamen overeen toe te werken naar 5% defensiegerelateerde uitgaven van het bbp in 2035, "
        "waarvan 3,5% ten behoeve van defensie-uitgaven."
    )
    figs = {f["value"]: f["unit"] for f in facts_of(body, kind="figure")}
    assert figs[5] == "% defensiegerelateerde uitgaven van het bbp"
    assert 3.5 in figs


def test_a_motions_demand_is_no_quantity_and_units_stay_noun_phrases():
    from armswatch.record import Structure

    motion = (
        "De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat 82% van deze woningen gepland is in slechts "
        "14% van de gemeenten;\n\nverzoekt de regering twintig extra artsen op te leiden,\n\n"
        "en gaat over tot de orde van de dag."
    )
    figs = {f["value"]: f["unit"] for f in facts_of(motion, Structure(type="motie"), kind="figure")}
    assert figs == {82: "% van deze woningen", 14: "% van de gemeenten"}
    wish = motion.replace(
        "verzoekt de regering twintig extra artsen op te leiden", "spreekt de wens uit het tarief op 19% te zetten"
    )
    assert 19 not in {f["value"] for f in facts_of(wish, Structure(type="motie"), kind="figure")}
    body = "Sinds de PAS is de gemiddelde stikstofdepositie al bijna 20% gedaald. Schaal 12, trede 10 is het loon."
    assert all("PAS" not in f["unit"] and f["value"] != 10 for f in facts_of(body, kind="figure"))


def test_people_counted_by_their_nation_are_a_unit_other_capitalised_words_are_not():
    body = "In totaal zijn 14 Palestijnen gedood. De commissie telt 31 Kamerleden."
    assert keys(facts_of(body, kind="figure")) == {(14, "Palestijnen")}


def test_an_infinitive_or_a_verb_before_van_is_no_unit():
    body = (
        "De Commissie stelt voor om 150 miljard beschikbaar te stellen voor investeringen. Het criterium "
        "verschuift van 25% naar 50%. Er is een transactiewaarde van € 11.405 gemeld."
    )
    figs = {f["value"]: f["unit"] for f in facts_of(body, kind="figure")}
    assert figs == {11405: "€ transactiewaarde", 25: "%", 50: "%"}


def test_identifiers_dates_and_durations_are_not_figures():
    body = """36 045 Situatie in de Oekraïne

Nr. 151 BRIEF VAN DE MINISTER

Den Haag, 20 februari 2023

Op 24 februari 2023 begon de inval (Kamerstuk 22 054, nr. 362). De oorlog duurde toen ruim vier jaar.
Artikel 51 van het VN-Handvest geldt. Zie vraag 3 en Postbus 20701, 2500 ES Den Haag. In 2014 begon het.
"""
    assert facts_of(body, kind="figure") == []


def test_counts_in_a_text_on_another_subject_are_figures_too():
    # the real-document gold counts the key quantities of every text, not only of texts about arms
    body = (
        "Het ziekenhuis behandelde vorig jaar 1.250 patiënten met een wachttijd van meer dan vier weken. "
        "Ik ga in op uw vier opmerkingen."
    )
    assert keys(facts_of(body, kind="figure")) == {(1250, "patiënten"), (4, "weken")}
    body = "Nederland levert vier pantserhouwitsers.\n32 545 Wet- en regelgeving voor 4 tests en meer."
    assert keys(facts_of(body, kind="figure")) == {(4, "pantserhouwitsers"), (4, "tests")}


def test_english_thousands_and_a_glued_sentence():
    body = (
        "The shipment holds 3,000 helmets and 1,200 vests. Het budget is 1,250 miljard euro. "
        "Er gaan 12 man mee.De verkoop van de jets gaat door."
    )
    # troops counted by head ("12 man") are a count; the glued "mee.De" runs into no unit
    assert keys(facts_of(body, kind="figure")) == {
        (3000, "helmets"),
        (1200, "vests"),
        (1_250_000_000, "euro budget"),
        (12, "man"),
    }


def test_part_of_a_total_takes_the_total_unit():
    body = "Volgens het verdrag zijn 23 van de 31 NAVO-landen partij bij het Verdrag inzake clustermunitie."
    assert keys(facts_of(body, kind="figure")) == {(23, "NAVO-landen"), (31, "NAVO-landen")}


def test_type_names_start_a_unit():
    body = "Het kabinet heeft besloten om 18 F-16 jachtvliegtuigen aan Oekraïne te leveren. Postbus 20701 2500 ES."
    assert keys(facts_of(body, kind="figure")) == {(18, "F-16 jachtvliegtuigen")}


def test_count_after_er_borrows_the_unit_of_the_total():
    body = (
        "Van de 27 EU-lidstaten hebben er inmiddels 19 hun munitieproductie verhoogd. "
        "Van de 40 geleverde tanks zijn er volgens Defensie vijf vernield door artillerie."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (27, "EU-lidstaten"),
        (19, "EU-lidstaten"),
        (40, "geleverde tanks"),
        (5, "geleverde tanks"),
    }


def test_er_without_a_total_before_gives_no_figure():
    body = "Bij de aanval op het depot met raketten zijn er 3 gesneuveld."
    assert facts_of(body, kind="figure") == []


def test_counts_of_the_texts_own_parts_and_the_meetings_business_are_no_figures():
    body = (
        "Aanwezig zijn negen leden der Kamer, te weten: Jansen, De Vries. Ik wil vier punten maken. "
        "Wij stellen twee interrupties per fractie voor. "
        "In de oorlog heeft Rusland twaalf raketten op Odesa afgevuurd."
    )
    assert keys(facts_of(body, kind="figure")) == {(12, "raketten")}


def test_what_a_report_or_a_law_holds_is_counted():
    # blind readers of real documents counted these (session 10); an earlier convention had not
    body = "De AIV doet zes aanbevelingen. Het verbod kent 3 uitzonderingen."
    assert keys(facts_of(body, kind="figure")) == {(6, "aanbevelingen"), (3, "uitzonderingen")}


def test_house_numbers_and_citation_numbers_are_no_figures():
    body = (
        "Ministerie van Defensie, Kalvermarkt 32 Den Haag. Behalve de in Trb. 1996, 74 genoemde hebben "
        "nog de volgende staten het verdrag bekrachtigd. De oorlog kostte 300 burgers het leven, de "
        "strijdkrachten verloren er meer."
    )
    assert keys(facts_of(body, kind="figure")) == {(300, "burgers")}


def test_a_download_links_page_count_is_no_figure():
    body = "Brief over de begroting (PDF | 12 pagina's | 340 kB)\n\nDe gemeente bouwt 300 woningen."
    assert keys(facts_of(body, kind="figure")) == {(300, "woningen")}


def test_time_stamps_ratios_and_lists_of_numbers_are_no_figures():
    body = (
        "De Russische strijdkrachten vuurden om 3:45 uur raketten af. Zeven op de tien militairen "
        "raakten gewond. Zie de antwoorden op vragen 3, 4 en 10 over de oorlog. Er vielen 40 doden."
    )
    assert keys(facts_of(body, kind="figure")) == {(40, "doden")}


def test_written_out_compound_numerals_and_a_year_with_a_note_marker():
    body = (
        "Sinds het begin van de oorlog zijn ongeveer honderdtwintig militairen ingezet en "
        "eenentwintig pantservoertuigen geleverd. Met verwijzing naar de Kamerbrief over Irak vanaf 2024,1 "
        "informeert het kabinet u over de militaire bijdrage. In de twee voorafgaande dagen vergaderen de staten."
    )
    assert keys(facts_of(body, kind="figure")) == {(120, "militairen"), (21, "pantservoertuigen")}


def test_numbers_in_a_table_of_contents_line_are_page_numbers():
    body = (
        "Dutch arms export policy in 2014, military goods.\n"
        "3 Overview of export licences issued for dual-use 38 goods intended for military end use\n"
        "In 2014 the Netherlands exported 12 patrol vessels to allied armed forces."
    )
    assert keys(facts_of(body, kind="figure")) == {(12, "patrol vessels")}


def test_figures_of_speech_are_no_figures():
    body = (
        "In de oorlog moet steun van twee kanten komen, zei de minister van Defensie. Wij werken langs "
        "vier lijnen. Zijn er meer militaire opties? Nee, drie zelfs. Rusland vuurde 30 raketten af."
    )
    assert keys(facts_of(body, kind="figure")) == {(30, "raketten")}


def test_sums_of_money_are_figures_with_their_currency_as_written_or_in_words_when_alone():
    body = (
        "Het kabinet trekt € 2,5 miljard uit voor militaire steun. Daarnaast gaat 40 miljoen euro extra "
        "aan het Fonds voor ontmijning. Vorig jaar is voor 75 mln. aan uitvoervergunningen voor wapens verleend, "
        "waaronder één met een contractwaarde van €12.480,- en één ter waarde van EUR 3.215.400,50."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (2_500_000_000, "euro"),  # a bare sum: its currency in words
        (40_000_000, "euro extra aan het Fonds"),
        (75_000_000, "mln. aan uitvoervergunningen"),
        (12_480, "€ contractwaarde"),
        (3_215_400.5, "EUR waarde"),
    }


def test_shares_are_figures_with_what_they_are_a_share_of():
    body = (
        "De defensie-uitgaven stijgen van 1,6% van het bruto binnenlands product in 2022 tot 2 procent in 2025. "
        "In 2021 was 38 procent van de munitievoorraad verouderd. The armed forces destroyed 91.5 per cent "
        "of their stock of mines."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (1.6, "% van het bruto binnenlands product"),
        (2, "procent van het bruto binnenlands product"),
        (38, "procent van de munitievoorraad"),
        (91.5, "per cent of their stock"),
    }


def test_a_share_in_a_table_row_without_its_heading_is_no_figure():
    body = "De militaire uitgaven per land staan hieronder.\n\n12,5 % 87,5 %\n\nDe oorlog duurt voort."
    assert facts_of(body, kind="figure") == []


def test_a_spoken_decimal_is_no_count():
    body = "In het debat over de militaire steun noemde hij tweeënzestig komma vijf miljoen voor munitie."
    assert [f for f in facts_of(body, kind="figure") if f["unit"].startswith("komma")] == []


def test_the_subject_of_a_copula_names_a_bare_share_or_sum():
    # "De bijdrage ... is 5,9%", "bedraagt de reserve ...", "dat het vertrouwen 64% bedroeg"
    body = (
        "Het Nederlandse aandeel in het steunfonds is ongeveer 4,2%. "
        "Dit jaar bedraagt de reserve van het fonds hooguit € 38 miljoen. "
        "Uit de peiling blijkt dat het vertrouwen in de krijgsmacht 64% bedroeg."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (4.2, "% Nederlandse aandeel in het steunfonds"),
        (38_000_000, "€ reserve van het fonds"),
        (64, "% vertrouwen in de krijgsmacht"),
    }


def test_a_bare_share_borrows_the_one_before_or_stands_alone():
    body = (
        "Het budget stijgt van 1,5% van het bruto binnenlands product in 2025 naar 2% in 2030. "
        "In de regio heeft 48% een vergunning."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (1.5, "% van het bruto binnenlands product"),
        (2, "% van het bruto binnenlands product"),
        (48, "%"),
    }


def test_het_aantal_names_what_a_later_bare_count_counts():
    body = "Eind vorig jaar was het aantal afgegeven exportvergunningen voor Egypte 41, met een waarde van 12 miljoen euro."
    assert (41, "afgegeven exportvergunningen voor Egypte") in keys(facts_of(body, kind="figure"))


def test_english_numerals_acronyms_nationalities_and_invariant_plurals():
    body = (
        "Nineteen countries voted against, while 140 UN member states supported the text. "
        "The Netherlands will send four helicopters, three transport aircraft and up to 90 Dutch personnel."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (19, "countries"),
        (140, "UN member states"),
        (4, "helicopters"),
        (3, "transport aircraft"),
        (90, "Dutch personnel"),
    }


def test_english_discourse_units_are_no_figures():
    body = "In our view three elements matter most, and two aspects deserve attention."
    assert facts_of(body, kind="figure") == []


def test_a_range_gives_both_ends_the_unit():
    body = "Bij de beschietingen vielen volgens de VN 20 tot 30 burgerslachtoffers per dag."
    assert keys(facts_of(body, kind="figure")) == {(20, "burgerslachtoffers"), (30, "burgerslachtoffers")}


def test_pieces_after_a_year_like_number_and_lengths_before_a_noun():
    body = (
        "Een raketwerper kan tot 1950 stuks munitie per dag verschieten. "
        "Het leger legde 45 kilometer nieuwe loopgraven aan, op 20 kilometer van de grens. "
        "In 2015 volgens de VN begonnen."
    )
    assert keys(facts_of(body, kind="figure")) == {(1950, "stuks"), (45, "kilometer nieuwe loopgraven")}


def test_adjectives_set_apart_by_commas_and_a_participle_before_the_noun():
    body = "De marine bestelt zes grote, snelle, elektrisch aangedreven patrouilleschepen."
    assert keys(facts_of(body, kind="figure")) == {(6, "grote, snelle, elektrisch aangedreven patrouilleschepen")}


def test_a_numbered_paragraph_of_running_text_is_no_heading():
    body = (
        "Antwoord\n\n2. De aanbesteding loopt nog, zo meldt de staatssecretaris aan de Kamer. Het ministerie "
        "verwacht dat de werf in totaal 14 mijnenjagers zal bouwen voor de marines van beide landen samen.\n"
    )
    assert (14, "mijnenjagers") in keys(facts_of(body, kind="figure"))


def test_a_share_that_is_the_size_of_a_change_counts_what_changed():
    body = "De lonen zijn dit jaar met gemiddeld 3,2% gestegen. Er was een daling van 1,5% in de bouw."
    got = {(f["value"], f["unit"].split()[-1]) for f in facts_of(body, kind="figure")}
    assert got == {(3.2, "gestegen"), (1.5, "daling")}


def test_the_subject_after_the_verb_may_close_with_a_date():
    body = "Zonder toeslagen was de gemiddelde prijsstijging per 1 januari 2024 2,8%."
    assert keys(facts_of(body, kind="figure")) == {(2.8, "% gemiddelde prijsstijging")}


def test_the_iso_code_of_a_currency_after_the_amount():
    body = "De donoren stelden in 2021 ruim 12 miljard USD beschikbaar."
    assert keys(facts_of(body, kind="figure")) == {(12_000_000_000, "USD")}


def test_an_opening_year_adverbial_is_no_list_and_a_numeral_in_words_no_digit_group():
    assert keys(facts_of("Since 1990, 112 states have signed the treaty.", kind="figure")) == {(112, "states")}
    body = "Zo kunnen in 2022 dertig extra artsen aan de opleiding beginnen."
    assert keys(facts_of(body, kind="figure")) == {(30, "extra artsen")}
    assert facts_of("Vragen 3, 4 en 9 worden beantwoord.", kind="figure") == []


def test_a_share_of_what_remains_says_what_it_measures():
    assert keys(facts_of("Only seven per cent remains.", kind="figure")) == {(7, "per cent remains")}
    assert keys(facts_of("Nu resteert slechts zes procent.", kind="figure")) == {(6, "procent resteert")}
    # a share that says not what it is of is still a share: the blind readers of batches 30-31 counted
    # every bare share of running text ("circa 62 %", "97 % is moslim")
    assert keys(facts_of("Slechts zes procent.", kind="figure")) == {(6, "procent")}


def test_a_scale_with_extra_and_no_noun_is_a_sum():
    body = "Daarom trekt het kabinet de komende jaren 12,5 miljoen extra uit."
    assert keys(facts_of(body, kind="figure")) == {(12_500_000, "miljoen extra")}
    assert keys(facts_of("Er komen 2 miljoen extra inwoners.", kind="figure")) == {(2_000_000, "extra inwoners")}


def test_a_bare_share_of_the_whole_named_before_it_and_decades_are_no_count():
    body = "Uit de cijfers blijkt dat van de leerlingen op de scholen ongeveer 40% als zwak werd aangemerkt."
    assert keys(facts_of(body, kind="figure")) == {(40, "% leerlingen")}
    assert keys(facts_of("Van de begroting gaat 5% naar defensie.", kind="figure")) == {(5, "%")}
    assert facts_of("Almost three decades ago, we met.", kind="figure") == []


def test_one_in_five_is_a_ratio_and_a_capitalised_english_numeral_before_a_name_is_a_name():
    body = (
        "constaterende dat inmiddels een op de vijf kinderen een bril draagt;\n\n"
        "Motie van de leden Six Jansen en De Boer over de zorg voor twaalf patiënten."
    )
    assert keys(facts_of(body, kind="figure")) == {(12, "patiënten")}


def test_a_bound_or_a_verb_is_not_what_a_share_measures():
    body = (
        "In 108 gemeenten was 10% of minder een corporatiewoning. "
        "Het kabinet wil de heffing aan te scherpen van 35% naar 80% CO2-reductie."
    )
    units = {f["value"]: f["unit"] for f in facts_of(body, kind="figure")}
    assert "minder" not in units.get(10, "") and "scherpen" not in units.get(35, "")


def test_a_colon_inside_brackets_ends_no_sentence_so_the_change_after_them_counts():
    from armswatch.extract.text import sentences

    body = "De lonen zijn met gemiddeld 3,1% (volgens het CBS: 2,9%) gestegen. Vraag 2: klopt dat?"
    assert [body[s.start : s.end] for s in sentences(body)][0].endswith("gestegen.")
    assert {f["value"] for f in facts_of(body, kind="figure")} == {3.1, 2.9}


def test_a_year_like_number_after_a_first_count_is_a_count():
    from extract_helpers import facts_of

    body = "De WHO spreekt van 614 doden en 2038 gewonden tussen 19 maart en 5 april 2015."
    assert {(f["value"], f["unit"]) for f in facts_of(body, kind="figure")} == {(614, "doden"), (2038, "gewonden")}
    body = "Tussen 2020 en 2024 vielen er 80 doden."
    assert {f["value"] for f in facts_of(body, kind="figure")} == {80}


def test_counts_inside_a_question_are_figures_but_its_footnote_marker_is_not():
    body = (
        "Vragen van het lid Karabulut (SP) aan de Minister van Buitenlandse Zaken.\n\n"
        "1. Kunt u bevestigen dat Israël drie door Nederland gefinancierde watersystemen heeft gesloopt?1\n"
    )
    assert keys(facts_of(body, kind="figure")) == {(3, "door Nederland gefinancierde watersystemen")}


def test_thousands_set_apart_by_a_space_but_not_a_dossier_number():
    body = (
        "In 2011 werden 3 348 woningen aanbesteed en circa 72\u00a0000 stuks vernietigd. "
        "Zie Kamerstuk 32 735, AB en de brief over Box 3 (ingezonden 3 januari 2022)."
    )
    assert keys(facts_of(body, kind="figure")) == {(3348, "woningen"), (72000, "stuks")}


def test_people_latin_plurals_and_an_english_decimal_before_a_scale():
    body = (
        "There were 59 people killed. The fate of the 6.5 million refugees is unclear. "
        "Volgens de VN zijn 60 van de 64 lokale gezondheidscentra nog open."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (59, "people"),
        (6_500_000, "refugees"),
        (60, "lokale gezondheidscentra"),
        (64, "lokale gezondheidscentra"),
    }


def test_a_count_that_refers_back_or_a_number_inside_a_name_in_brackets_is_no_figure():
    body = (
        "In hoeverre is druk op deze twee staten uitgeoefend? Het akkoord (123 verdrag) versterkt de wedloop. "
        "Nederland zendt een team (maximaal 10 personen) naar Bosnië."
    )
    assert keys(facts_of(body, kind="figure")) == {(10, "personen")}


def test_a_sentence_on_its_own_line_opening_with_a_count_and_a_group_numbered_by_its_strength():
    assert keys(facts_of("196 Dutch citizens were killed.", kind="figure")) == {(196, "Dutch citizens")}
    assert facts_of("36 045 Situatie in het Midden-Oosten", kind="figure") == []
    body = "An 80-strong Dutch detachment left for Iraq. Het merendeel van het 150-koppige detachement keert terug."
    assert keys(facts_of(body, kind="figure")) == {(80, "Dutch detachment"), (150, "detachement")}


def test_a_share_in_running_text_is_a_figure_even_when_it_says_not_of_what():
    body = "Sjiieten vormen de grootste groep moslims (circa 62 %) in het land."
    assert keys(facts_of(body, kind="figure")) == {(62, "%")}


def test_a_group_numbered_in_an_english_compound_and_names_with_numbers():
    body = "The cocaine was thrown overboard by the 3-man crew. There was a 35-man force protection for the ship."
    assert keys(facts_of(body, kind="figure")) == {(3, "crew"), (35, "force protection")}
    # an exercise's or an aircraft's name with its number, and a year with a note marker glued on
    body = (
        "De oefening JOINT AFRICAN LION 21 vindt niet plaats. De Fokker 60 toestellen vlogen niet. "
        "In navolging op de Kamerbrief van 8 december 20221 informeer ik uw Kamer."
    )
    assert facts_of(body, kind="figure") == []


def test_days_of_a_month_fractions_clock_times_and_unit_names_are_no_counts():
    body = (
        "In 334 gemeenten vinden de verkiezingen plaats op 14, 15 en 16 maart. "
        "De dienst kan twee derde van haar taken niet uitvoeren. "
        "Wij schorsen om een uur of zeven voor de dinerpauze. "
        "De helikopters komen van 301 Squadron op de vliegbasis; zij vliegen met 12 toestellen."
    )
    assert {v for v, _ in keys(facts_of(body, kind="figure"))} == {334, 12}


def test_a_dutch_decimal_below_one_is_no_thousands_group_and_annexes_are_headings():
    body = "Dit komt neer op 0,105% van de wetsvoorstellen. Annexe 2 Licences issued for export."
    assert {v for v, _ in keys(facts_of(body, kind="figure"))} == {0.105}


def test_numbers_said_in_a_quotation_count_but_a_quoted_title_is_no_count():
    said = "De minister zegt: ‘Landmijnen en andere oorlogsresten maken dagelijks 10 tot 15 slachtoffers.’"
    assert keys(facts_of(said, kind="figure")) == {(10, "slachtoffers"), (15, "slachtoffers")}
    titled = "Kent u het bericht «Four year old child loses leg in attack»? Kent u het rapport “Drie doden in Gaza”?"
    assert facts_of(titled, kind="figure") == []


def test_compound_thousands_and_english_ten_before_a_scale():
    body = (
        "Door deze wapens vinden jaarlijks zo'n vijfhonderdduizend mensen de dood. "
        "In four years, more than ten thousand lives have been lost. "
        "We mourn all 298 men, women and children on board. Ten eerste doen ten minste drie staten mee."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (500_000, "mensen"),
        (10_000, "lives"),
        (298, "men"),
        (3, "staten"),
    }


def test_a_missions_length_is_a_figure_but_a_moment_told_by_its_distance_is_not():
    body = (
        "De missie wordt met zes maanden verlengd. Twee dagen later viel de Muur. "
        "In de twee daaraan voorafgaande dagen vergaderen de staten. De regeling loopt tien jaar. "
        "Het hof eist dat de levering binnen zeven dagen stopt. De werkgroep komt elke vier weken samen. "
        "In de afgelopen vier maanden zijn twee militairen omgekomen. Welke acties zijn de afgelopen twee weken ondernomen? "
        "Wat is er bekend geworden in de 17 maanden sinds de aanval? Twee maanden terug waren er 14 agendapunten."
    )
    assert keys(facts_of(body, kind="figure")) == {(6, "maanden"), (2, "militairen"), (14, "agendapunten")}


def test_an_amount_with_thousands_set_apart_by_a_space_and_a_projects_number():
    body = (
        "De totale waarde bedroeg in 2005, afgerond, € 1 175,33 miljoen. "
        "Waarom heeft u het project 1043 verzwegen? Het contact met functionaris 2 liep via de directie."
    )
    assert {v for v, _ in keys(facts_of(body, kind="figure"))} == {1_175_330_000}


def test_a_part_of_a_group_named_after_it_counts_that_group():
    body = (
        "Ongeveer 80 miljoen van deze bomblets zijn niet ontploft. During 2 of these missions, fighters were hit. "
        "The demise of almost 200 of my compatriots has left a hole. Deel 1 van de richtlijnen bevat de lijst. "
        "Belize will apply article 1 of the Convention."
    )
    assert keys(facts_of(body, kind="figure")) == {(80_000_000, "bomblets"), (2, "missions"), (200, "compatriots")}


def test_a_count_that_changes_from_one_number_to_another_counts_both():
    body = (
        "Door de efficiëntere inzet daalt het aantal militairen van 450 naar 320. "
        "Het arsenaal aan jachtvliegtuigen wordt teruggebracht van 137 naar 108. "
        "Het aantal aanvragen steeg van 2010 tot 2015 sterk."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (450, "militairen"),
        (320, "militairen"),
        (137, "jachtvliegtuigen"),
        (108, "jachtvliegtuigen"),
    }


def test_a_count_after_a_year_and_a_comma_the_second_end_of_a_range_and_a_years_digits_after_ruim():
    body = (
        "In late 2019, 2 F-35s are expected to arrive. Tussen 50.000 en 60.000 mensen zijn gevlucht. "
        "Ruim 1900 agenten hebben leren lezen. In 1900 begon het. Zie de vragen 3, 4 en 10 over de zaak."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (2, "F-35s"),
        (50_000, "mensen"),
        (60_000, "mensen"),
        (1900, "agenten"),
    }


def test_a_weight_or_an_area_with_nothing_after_it_and_an_english_measure_of_something():
    body = (
        "HNLMS Zeeland has recovered 600 kg of cocaine from the sea. De zending heeft een netto gewicht van 5.800 kilo. "
        "Irak heeft een oppervlakte van circa 444.000 km2. De auto reed 80 km per uur. Het ligt op 5 km van de grens."
    )
    assert keys(facts_of(body, kind="figure")) == {(600, "kg of cocaine"), (5800, "kilo"), (444_000, "km2")}


def test_a_range_of_sums_with_one_scale_gives_both_ends_that_scale():
    body = "De waarde schommelt sinds 2008 tussen de € 30 en 40 miljard per jaar. Het kost € 5 tot € 10 miljoen."
    assert keys(facts_of(body, kind="figure")) == {
        (30_000_000_000, "euro"),
        (40_000_000_000, "euro"),
        (5_000_000, "euro"),
        (10_000_000, "euro"),
    }


def test_a_tables_multiplier_a_bills_dossier_with_its_rijkswet_code_and_a_title_number_are_no_figures():
    body = (
        "Vastgestelde begrotingsstaat voor het jaar 2026 (bedragen x € 1.000). "
        "Beide Kamers hebben volgens het Verdrag van Lissabon (31.384 (R1850)) evenveel bevoegdheden. "
        "Het wetsvoorstel betreft titel 7.4 van het Burgerlijk Wetboek."
    )
    assert facts_of(body, kind="figure") == []


def test_an_aside_between_a_sum_and_what_it_is_for():
    body = "Nederland heeft voor € 1,07 miljard (dit bedrag wordt steeds aangevuld) aan militaire steun geleverd."
    assert keys(facts_of(body, kind="figure")) == {(1_070_000_000, "€ aan militaire steun")}


def test_what_a_share_or_sum_is_of_ends_at_its_plural_noun():
    body = (
        "Uit een peiling blijkt dat 64% van de ondervraagde huurders ervaart dat de huur te hoog is. "
        "Ongeveer 35% van de deelnemende gemeenten dit bedrag niet dekt. "
        "Verder ging 12 miljoen euro aan Russische bevroren tegoeden terug. "
        "Slechts 3% van het bruto binnenlands product wordt besteed."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (64, "% van de ondervraagde huurders"),
        (35, "% van de deelnemende gemeenten dit bedrag niet dekt"),  # (a share keeps its short clause)
        (12_000_000, "euro aan Russische bevroren tegoeden"),
        (3, "% van het bruto binnenlands product"),
    }


def test_the_object_of_an_infinitive_has_no_subject_as_unit_and_an_adverb_is_no_noun():
    body = (
        "Het kabinet is voornemens 15% te bezuinigen op de subsidies. "
        "Het kabinet is van plan het aantal ambtenaren met 9% te verminderen. "
        "In totaal is 61 miljoen sinds 2019 besteed, in de zes vergeleken provincies."
    )
    assert keys(facts_of(body, kind="figure")) == {(15, "%"), (9, "%"), (6, "vergeleken provincies")}


def test_a_dossier_in_a_compound_a_page_number_before_vergaderjaar_and_a_sums_clause_after_it():
    body = (
        "Onderdeel van kamerstukdossier 36410 X-7 Vaststelling van de begrotingsstaten.\n\n"
        "1 Tweede Kamer der Staten-Generaal 2 Vergaderjaar Informatie over de zorg.\n\n"
        "Er was in 2020 nog 45 miljoen euro voor de verbouwing beschikbaar. "
        "Woningen van € 300.000 voor deze groep als betaalbaar gelden."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (45_000_000, "euro voor de verbouwing"),
        (300_000, "€ voor deze groep"),
    }


def test_a_captions_multiplier_a_figures_number_a_table_of_contents_and_a_sum_cut_inside_its_scale():
    body = (
        "Vergaderjaar 2023–2024Figuur 1 Uitgaven per artikel (x €1 mln.). Totaal € 1.512,4 Figuur 2 Ontvangsten.\n\n"
        "Inhoudsopgave blz.\n\nI Vragen van de fracties 2 Inbreng leden van de VVD-fractie 3 Inbreng leden van "
        "de SP-fractie 5\n\n"
        "Totaal € 22,9 AAN de voorzitters van de Kamers.\n\nDe mutaties worden toegelicht vanaf € 2,5 m"
    )
    assert keys(facts_of(body, kind="figure")) == {(1_512_400_000, "euro"), (22.9, "euro")}


def test_a_share_keeps_the_short_clause_that_says_what_its_part_does():
    body = (
        "constaterende dat 74% van de melkveebedrijven volledige weidegang toepast, terwijl 6% deelweidegang "
        "toepast; constaterende dat 18% van de patiënten ervaart onnodig medicatie te krijgen; constaterende dat "
        "70% van de gemeenten in Utrecht een tekort heeft aan woningen voor starters en senioren in de regio; "
        "constaterende dat het kabinet heeft toegezegd 3 miljard euro aan Oekraïne toe te kennen;"
    )
    assert keys(facts_of(body, kind="figure")) == {
        (74, "% van de melkveebedrijven volledige weidegang toepast"),
        (6, "% van de melkveebedrijven"),
        (18, "% van de patiënten ervaart onnodig medicatie te krijgen"),
        (70, "% van de gemeenten"),
        (3_000_000_000, "euro aan Oekraïne"),
    }


def test_a_count_that_changes_takes_what_is_counted():
    body = (
        "Wij stellen vast dat het kabinet voornemens is het aantal vluchten op Eindhoven met ruim 5.000 te verminderen. "
        "Volgens de laatste informatie is het aantal doden gestegen naar ten minste 12. "
        "Het aantal aangeboden kamers is vorig kwartaal met 40% afgenomen."
    )
    assert keys(facts_of(body, kind="figure")) == {
        (5000, "vluchten op Eindhoven"),
        (12, "doden"),
        (40, "% afgenomen"),
    }


def _values(body: str) -> set[tuple]:
    return {(f["value"], f["unit"]) for f in facts_of(body, kind="figure")}


def test_a_range_of_sums_takes_its_scale_at_both_ends_and_a_trillion_is_a_scale():
    assert _values("Het kost tussen 30 en 40 miljoen euro.") == {(30_000_000, "euro"), (40_000_000, "euro")}
    body = "De investeringen lopen uiteen van 3,3 tot 4,5 biljoen dollar."
    assert _values(body) == {(3_300_000_000_000, "dollar"), (4_500_000_000_000, "dollar")}
    assert _values("The programme needs 2 trillion dollars.") == {(2_000_000_000_000, "dollars")}


def test_a_count_right_after_a_year_is_no_second_digit_group():
    assert _values("BZ heeft in 2011 1305 klachten ontvangen.") == {(1305, "klachten")}
    assert _values("Bij kerken hebben in 2008 13 incidenten plaatsgevonden.") == {(13, "incidenten")}
    # a number set apart in groups of three stays one number, or a dossier's second group
    assert _values("Het dossier 22 054 bevat brieven over wapenexport.") == set()


def test_a_range_whose_first_end_is_larger_than_the_second_takes_no_scale():
    assert _values("Het kost tussen 1.500 en 2 miljoen euro.") == {(2_000_000, "euro")}
