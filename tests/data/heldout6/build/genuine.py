"""Genuine version pairs (both sides are published wording of the same provision).

Maryland pairs: the bill prints the existing section with [brackets] around matter deleted from
existing law and CAPITALS for matter added.  Each passage is transcribed below in marked form
([deleted] / {inserted}); the inserted CAPITALS are written in lower case (proper nouns and the
first word of a sentence capitalised).  mk() turns the marked form into OLD (existing law) and NEW
(law as the bill would make it).  Line numbers and page furniture of the bill were dropped and
each paragraph joined onto one line.  Source files: the Legi-Assist repository (path and commit in
SOURCE.md and in each pair's `source`); no copy of the repository's files is kept here.
"""
from lib import mk, ch, changes_pair

LIM, EXP, NEU, UNC = "limits_enforcement", "expands_enforcement", "neutral", "unclear"

MD711 = ("Maryland House Bill 711 (2026 regular session, 'Data Privacy Act', Delegates Charkoudian, "
         "Solomon and Wolek; first reader, introduced February 2, 2026), text from file data/2026rs/md/HB0711.md "
         "at commit d91b58f of github.com/Maryland-State-Innovation-Team/Legi-Assist (the bill PDF converted to text). ")
MDMARK = ("OLD = the existing section as printed in the bill (matter in [brackets] kept, CAPITALS dropped) = the law in force "
          "(2019 Replacement Volume / 2025 Supplement). NEW = the section as the bill would amend it ([brackets] dropped, "
          "CAPITALS kept and set in lower case). Both sides genuine wording, derived mechanically from the bill's markup; "
          "the bill was a proposal (first reader), not necessarily enacted.")


def pairs():
    out = []

    # ---------------------------------------------------------------- G1 GP 4-320.1 (a)-(c)(2)
    m = (
        "4–320.1.\n\n"
        "(a) In this section, “facial recognition” means a biometric software application that identifies or verifies a person by comparing and analyzing patterns based on a person’s facial contours.\n\n"
        "{(b) A custodian shall take reasonable steps to determine whether a person seeking access to a public record is doing so for the purpose of enforcing immigration law.}\n\n"
        "[(b)]{(c)} (1) Notwithstanding any other provision of this title[, an officer, an employee, an agent, or a contractor of the State or a political subdivision] {a custodian} shall deny inspection of the part of a public record that contains personal information or inspection of a photograph of an individual by any [federal agency] {person} seeking access for the purpose of enforcing [federal] immigration law, unless the [officer, employee, agent, or contractor] {custodian} is provided with a valid warrant issued by a federal court or a court of this State {that clearly identifies the record to be accessed}.\n\n"
        "(2) Notwithstanding any other provision of this title[, an officer, an employee, an agent, or a contractor of the State or a political subdivision] {a custodian} shall deny inspection using a facial recognition search of a digital photographic image or actual stored data of a digital photographic image by any [federal agency] {person} seeking access for the purpose of enforcing [federal] immigration law, unless the [officer, employee, agent, or contractor] {custodian} is provided with a valid warrant issued by a federal court or a court of this State {that clearly identifies the record to be accessed}."
    )
    old, new = mk(m)
    out.append(changes_pair("G1", "mixed_edits", old, new, [
        ch("(a) In this section, “facial recognition” means",
           "(b) A custodian shall take reasonable steps to determine whether a person seeking access to a public record is doing so for the purpose of enforcing immigration law.",
           LIM, ["information_sharing"],
           "New subsection (b) adds a duty to check whether anyone seeking a public record wants it for immigration enforcement, a new condition on releasing records."),
        ch("(b) (1) Notwithstanding", "(c) (1) Notwithstanding", NEU, ["information_sharing"],
           "Old (b) is relettered (c) because a new (b) was inserted; same provision."),
        ch("this title, an officer, an employee, an agent, or a contractor of the State or a political subdivision shall deny inspection of the part",
           "this title a custodian shall deny inspection of the part",
           UNC, ["information_sharing"],
           "Who must refuse changes from any State or local officer, employee, agent or contractor to 'a custodian' (in (1) and (2)); whether this narrows or widens the set of people bound depends on the Public Information Act's definition of custodian, which the passage does not give."),
        ch("by any federal agency seeking access", "by any person seeking access", LIM, ["information_sharing"],
           "The refusal now applies to any person seeking records for immigration enforcement, not only federal agencies (in (1) and (2)), so fewer requesters can get the records."),
        ch("enforcing federal immigration law, unless the officer", "enforcing immigration law, unless the custodian", LIM, ["information_sharing"],
           "Dropping 'federal' extends the bar to requests made to enforce any immigration law (in (1) and (2))."),
        ch("a court of this State.\n\n(2) Notwithstanding",
           "a court of this State that clearly identifies the record to be accessed.\n\n(2) Notwithstanding",
           LIM, ["information_sharing"],
           "A warrant now opens the records only if it clearly identifies the record to be accessed (in (1) and (2)), a narrower exception to the refusal."),
    ], MD711 + "Article - General Provisions, section 4-320.1 (a)-(c)(2) (inspection of MVA/police/corrections records and facial-recognition searches for immigration enforcement). " + MDMARK +
       " The label of the old subsection '(b)' is printed without brackets in the converted text ('(C) (1)'); the existing-law label (b) is taken from House Bill 719 (2026), which reprints section 4-320.1 as existing law with '(b) (1) Notwithstanding ...'. Both cut before paragraph (3)."))

    # ---------------------------------------------------------------- G2 GP 4-320.1 (c)(3)-(d)
    m = (
        "(3) On or before June 1, 2023, and each June 1 thereafter, the Motor Vehicle Administration, the Department of State Police, and the Department of Public Safety and Correctional Services shall, with respect to requests from [federal] {government} agencies seeking access for the purpose of [federal] immigration enforcement for personal information, a photograph of an individual, or a facial recognition search, whether or not the request was initiated through a State or local law enforcement agency, report to the General Assembly, in accordance with § 2–1257 of the State Government Article, the following information for the immediately preceding calendar year:\n\n"
        "(i) the number of requests received from any [federal] {government} agency for personal information, a photograph of an individual, or a facial recognition search;\n\n"
        "(ii) the number of requests received from any [federal] {government} agency for personal information, a photograph of an individual, or a facial recognition search for which a valid warrant issued by a federal court or a court of this State was provided;\n\n"
        "(iii) the number and purpose of facial recognition searches completed for any [federal] {government} agency based on personal information or a photograph of an individual provided to the [federal] {government} agency by the Motor Vehicle Administration, the Department of State Police, or the Department of Public Safety and Correctional Services; and\n\n"
        "(iv) the number of individuals whose personal information or photograph was provided to any [federal] {government} agency by, respectively, the Motor Vehicle Administration, the Department of State Police, and the Department of Public Safety and Correctional Services.\n\n"
        "{(d) The Motor Vehicle Administration, the Department of State Police, and the Department of Public Safety and Correctional Services shall adopt regulations and procedures to implement, enforce, and ensure compliance with this section.}"
    )
    old, new = mk(m)
    out.append(changes_pair("G2", "mixed_edits", old, new, [
        ch("requests from federal agencies seeking access for the purpose of federal immigration enforcement",
           "requests from government agencies seeking access for the purpose of immigration enforcement",
           UNC, ["information_sharing"],
           "The annual report must now count requests from any government agency and for any immigration enforcement (also in (i)-(iv)); this widens what is reported but does not itself permit or forbid any sharing."),
        ch("and the Department of Public Safety and Correctional Services.",
           "(d) The Motor Vehicle Administration, the Department of State Police, and the Department of Public Safety and Correctional Services shall adopt regulations and procedures to implement, enforce, and ensure compliance with this section.",
           NEU, ["information_sharing"],
           "New (d) only requires implementing regulations for the existing rules; it adds no new restriction of its own."),
    ], MD711 + "Article - General Provisions, section 4-320.1 paragraph (3) of old (b) / new (c), and new (d). " + MDMARK +
       " The enclosing subsection label is not repeated in the excerpt (old (b), new (c); see the previous pair)."))

    # ---------------------------------------------------------------- G3 GP 4-320 (b), (g)(2)
    m = (
        "4–320.\n\n"
        "(b) Except as provided in subsections (c) through (f) of this section, {and subject to § 4–320.1 of this subtitle,} a custodian may not knowingly disclose a public record of the Motor Vehicle Administration containing personal information.\n\n"
        "(g) (2) A person receiving personal information under subsection (d), (e), or (f) of this section may not disclose the personal information to a [federal agent] {person} or [federal] {government} agency for the purpose of [federal] immigration enforcement unless the person is presented with a valid warrant issued by a federal court or a court of this State."
    )
    old, new = mk(m)
    out.append(changes_pair("G3", "cross_clause", old, new, [
        ch("(b) Except as provided in subsections (c) through (f) of this section, a custodian may not",
           "(b) Except as provided in subsections (c) through (f) of this section, and subject to § 4–320.1 of this subtitle, a custodian may not",
           LIM, ["information_sharing"],
           "The MVA disclosure rule (and its exceptions (c)-(f)) is made subject to section 4-320.1, which bars releasing records for immigration enforcement without a warrant, so the exceptions no longer open records to immigration enforcers."),
        ch("to a federal agent or federal agency", "to a person or government agency", LIM, ["information_sharing"],
           "A recipient of MVA personal information may no longer pass it to any person or government agency (not only federal ones) for immigration enforcement."),
        ch("for the purpose of federal immigration enforcement unless", "for the purpose of immigration enforcement unless", LIM, ["information_sharing"],
           "The bar now covers redisclosure for any immigration enforcement, not only federal."),
    ], MD711 + "Article - General Provisions, section 4-320 (b) and (g)(2) (the bill prints only these two subsections; the excerpt keeps both, on both sides). " + MDMARK))

    # ---------------------------------------------------------------- G4 PS 3-529
    m = (
        "3–529.\n\n"
        "(a) (1) In this section the following words have the meanings indicated.\n\n"
        "(2) (i) “Database” means any database operated by State and local law enforcement agencies, including databases maintained for a law enforcement agency by a private vendor.\n\n"
        "(ii) “Database” does not include a registry operated under Title 11, Subtitle 7 of the Criminal Procedure Article.\n\n"
        "(3) (i) “Law enforcement agency” means a federal, state, or local agency authorized to enforce criminal laws.\n\n"
        "(ii) “Law enforcement agency” includes the Maryland Department of Public Safety and Correctional Services.\n\n"
        "{(4) “Message switching system” means a law enforcement communications platform that automatically routes, formats, and delivers electronic queries and responses between law enforcement agencies and databases.}\n\n"
        "(b) An entity operating a database {or a message switching system} shall:\n\n"
        "(1) deny access to the database {or message switching system} to any [individual] {person} who is seeking access for the purpose of enforcing [federal] immigration law, unless the [individual] {person} presents a valid warrant issued by a federal court or a court of this State; and\n\n"
        "(2) require an individual accessing the database {or message switching system} to provide to the entity:\n\n"
        "(i) the individual’s name;\n\n"
        "(ii) the individual’s contact information, including a telephone number, an e–mail address, and a physical address; and\n\n"
        "(iii) unless the individual presents a valid warrant issued by a federal court or a court of this State, a statement by the individual, under penalty of perjury, that the individual is not accessing the database {or message switching system} for the purpose of enforcing [federal] immigration law.\n\n"
        "{(c) Each entity operating a database and, with respect to a message switching system, the Department of Public Safety and Correctional Services shall adopt regulations to implement this section.}"
    )
    old, new = mk(m)
    out.append(changes_pair("G4", "mixed_edits", old, new, [
        ch("(ii) “Law enforcement agency” includes the Maryland Department of Public Safety and Correctional Services.",
           "(4) “Message switching system” means a law enforcement communications platform",
           NEU, ["information_sharing"],
           "A definition is added; on its own it changes nothing (its effect is the next entry)."),
        ch("(b) An entity operating a database shall:", "(b) An entity operating a database or a message switching system shall:", LIM, ["information_sharing"],
           "The duty to refuse immigration-enforcement access (and to take a sworn statement) now also binds the message switching system that routes police queries to databases (in (b), (1), (2) and (iii))."),
        ch("to any individual who is seeking access", "to any person who is seeking access", LIM, ["information_sharing"],
           "Access is refused to any 'person' (which can include an agency), not only an 'individual', seeking it for immigration enforcement."),
        ch("enforcing federal immigration law, unless the individual presents", "enforcing immigration law, unless the person presents", LIM, ["information_sharing"],
           "Dropping 'federal' extends the refusal (and the sworn statement in (iii)) to any immigration-law enforcement."),
        ch("for the purpose of enforcing federal immigration law.", "(c) Each entity operating a database and, with respect to a message switching system, the Department of Public Safety and Correctional Services shall adopt regulations to implement this section.",
           NEU, ["information_sharing"], "New (c) requires implementing regulations only."),
    ], MD711 + "Article - Public Safety, section 3-529 (law-enforcement databases; access for immigration enforcement), whole section as printed. " + MDMARK))

    # ---------------------------------------------------------------- G5 CL 14-4707(a)(1)-(6)
    m = (
        "14–4707.\n\n"
        "(a) A controller may not:\n\n"
        "(1) Except where the collection or processing is strictly necessary to provide or maintain a specific product or service requested by the consumer to whom the personal data pertains, collect, process, or share sensitive data concerning a consumer;\n\n"
        "(2) Sell sensitive data;\n\n"
        "(3) Process personal data in violation of State or federal laws that prohibit unlawful discrimination;\n\n"
        "(4) Process the personal data of a consumer for the purposes of targeted advertising if the controller knew or should have known that the consumer is under the age of 18 years;\n\n"
        "(5) Sell the personal data of a consumer if the controller knew or should have known that [the]{:\n\n(i) the} consumer is under the age of 18 years;{ or\n\n(ii) the purchaser seeks to use the personal data for the purpose of immigration enforcement;}\n\n"
        "(6) Discriminate against a consumer for exercising a consumer right contained in this subtitle, including denying goods or services, charging different prices or rates for goods or services, or providing a different level of quality of goods or services to the consumer;"
    )
    old, new = mk(m)
    out.append(changes_pair("G5", "list_added", old, new, [
        ch("(5) Sell the personal data of a consumer if the controller knew or should have known that the consumer is under the age of 18 years;",
           "(5) Sell the personal data of a consumer if the controller knew or should have known that:\n\n(i) the consumer is under the age of 18 years; or",
           NEU, ["information_sharing"],
           "Item (5) is split into a stem and sub-items; the under-18 rule itself is unchanged."),
        ch("(5) Sell the personal data of a consumer if the controller knew or should have known that the consumer is under the age of 18 years;",
           "(ii) the purchaser seeks to use the personal data for the purpose of immigration enforcement;",
           LIM, ["information_sharing"],
           "A new prohibited case: a business may not sell personal data it knows or should know will be used for immigration enforcement."),
    ], MD711 + "Article - Commercial Law, section 14-4707(a)(1)-(6) (Maryland Online Data Privacy Act; both cut before item (7)). " + MDMARK +
       " The bill's '[the]:' / 'THE consumer' markup is rendered as the new stem 'that:' and item '(i) the consumer ...'."))

    # ---------------------------------------------------------------- G6 CL 14-4712(a)(1)-(4)
    m = (
        "14–4712.\n\n"
        "(a) Nothing in this subtitle may be construed to restrict a controller’s or processor’s ability to:\n\n"
        "(1) Comply with federal, State, or local laws or regulations;\n\n"
        "(2) Comply with a civil, criminal, or regulatory inquiry, investigation, subpoena, or summons by a federal, State, local, or other governmental authority{, except to the extent that an inquiry, an investigation, a subpoena, or a summons pertains solely to immigration enforcement};\n\n"
        "(3) Cooperate with law enforcement agencies concerning conduct or activity that the controller or processor reasonably and in good faith believes may violate federal, State, or local laws or regulations;\n\n"
        "(4) Investigate, establish, exercise, prepare for, or defend a legal claim;"
    )
    old, new = mk(m)
    out.append(changes_pair("G6", "double_negation", old, new, [
        ch("by a federal, State, local, or other governmental authority;",
           "by a federal, State, local, or other governmental authority, except to the extent that an inquiry, an investigation, a subpoena, or a summons pertains solely to immigration enforcement;",
           LIM, ["information_sharing"],
           "Under the 'nothing ... may be construed to restrict' clause, complying with government subpoenas was always protected; the new exception removes that protection for demands that pertain solely to immigration enforcement, so the Act's limits can now apply to them."),
    ], MD711 + "Article - Commercial Law, section 14-4712(a)(1)-(4) (both cut before item (5)). " + MDMARK))

    # ---------------------------------------------------------------- G7 CL 14-4701 (gg)-(kk)
    m = (
        "(gg) “Sensitive [data” means personal data that includes] {attribute” means}:\n\n"
        "(1) Data revealing:\n\n(i) Racial or ethnic origin;\n\n(ii) Religious beliefs;\n\n(iii) Consumer health data;\n\n(iv) Sex life;\n\n(v) Sexual orientation;\n\n(vi) Status as transgender or nonbinary;\n\n(vii) National origin; or\n\n(viii) Citizenship or immigration status;\n\n"
        "(2) Genetic data or biometric data;\n\n"
        "(3) Personal data of a consumer that the controller knows or has reason to know is a child; or\n\n"
        "(4) Precise geolocation data.\n\n"
        "{(hh) “Sensitive data” means personal data that includes a sensitive attribute or any other personal data processed for the purpose of identifying a sensitive attribute.}\n\n"
        "[(hh)]{(ii)} (1) “Targeted advertising” means displaying advertisements to a consumer or on a device identified by a unique identifier, where the advertisement is selected based on personal data obtained or inferred from the consumer’s activities over time and across nonaffiliated websites or online applications that are unaffiliated with each other, in order to predict the consumer’s preferences or interests.\n\n"
        "[(ii)]{(jj)} “Third party” means a person other than the relevant consumer, controller, processor, or affiliate of the controller or processor of relevant personal data.\n\n"
        "[(jj)]{(kk)} “Trade secret” has the meaning stated in § 11–1201 of this article."
    )
    old, new = mk(m)
    out.append(changes_pair("G7", "definition_change", old, new, [
        ch("(gg) “Sensitive data” means personal data that includes:", "(gg) “Sensitive attribute” means:", NEU, ["information_sharing"],
           "The list (which includes citizenship or immigration status) is renamed the list of 'sensitive attributes'; read with new (hh), data that includes these items is still sensitive data."),
        ch("(4) Precise geolocation data.\n\n(hh)",
           "(hh) “Sensitive data” means personal data that includes a sensitive attribute or any other personal data processed for the purpose of identifying a sensitive attribute.",
           LIM, ["information_sharing"],
           "Sensitive data (which may not be sold and may be processed only when strictly necessary) now also covers any data processed to identify an attribute such as citizenship or immigration status, so data used to infer status is protected too."),
        ch("(hh) (1) “Targeted advertising”", "(ii) (1) “Targeted advertising”", NEU, ["information_sharing"],
           "Relettering of the following definitions ((hh)-(jj) become (ii)-(kk)); wording unchanged."),
    ], MD711 + "Article - Commercial Law, section 14-4701 definitions (gg) to (kk); definition (hh)/(ii) 'Targeted advertising' is cut after its paragraph (1) on both sides (its paragraph (2) is unchanged and left out). " + MDMARK))

    # ---------------------------------------------------------------- G8 SG 10-1702
    m = (
        "10–1702.\n\n"
        "(a) (1) In this section the following words have the meanings indicated.\n\n"
        "(2) “Governmental entity” means a unit or instrumentality of State or local government.\n\n"
        "(3) “Personal record” has the meaning stated in § 4–501 of the General Provisions Article.\n\n"
        "{(4) “Sensitive attribute” has the meaning stated in § 14–4701 of the Commercial Law Article.}\n\n"
        "(b) (1) Subject to paragraph (2) of this subsection, on or before July 1, 2026, each governmental entity, in consultation with the Department of Information Technology, shall develop and publish procedures that prevent the sale and redisclosure of personal records and [geolocation] data {containing sensitive attributes} provided or made available by the governmental entity in a way that harms the privacy of residents of the State.\n\n"
        "(2) The procedures required and published under paragraph (1) of this subsection shall address:\n\n"
        "(i) any possible contractual limitations on the sale or redisclosure of personal records or [geolocation] data {containing sensitive attributes} that a governmental entity may place on a person who receives personal records or [geolocation] data {containing sensitive attributes} that are provided or made available by the governmental entity;\n\n"
        "(ii) considerations regarding:\n\n"
        "1. the threat to privacy posed by data brokers who utilize personal records or geolocation data for commercial purposes;{ and}\n\n"
        "2. the risk that personal records or [geolocation] data {containing sensitive attributes} may be used for purposes other than the purposes for which the personal records or [geolocation] data {containing sensitive attributes} were developed or collected; and\n\n"
        "[3. geolocation, genetic, and other sensitive data; and]\n\n"
        "(iii) any other considerations necessary to:\n\n"
        "1. protect the privacy of residents of the State;\n\n"
        "2. discourage the development of a secondary commercial market for personal records or [geolocation] data {containing sensitive attributes} that are provided or made available by a governmental entity; and\n\n"
        "3. limit a person who receives personal records or [geolocation] data {containing sensitive attributes} that are provided or made available by a governmental entity from selling or redisclosing the data with other persons."
    )
    old, new = mk(m)
    out.append(changes_pair("G8", "scope_change", old, new, [
        ch("(3) “Personal record” has the meaning stated in § 4–501 of the General Provisions Article.",
           "(4) “Sensitive attribute” has the meaning stated in § 14–4701 of the Commercial Law Article.",
           NEU, ["information_sharing"], "A cross-reference definition is added (its effect is the next entry)."),
        ch("prevent the sale and redisclosure of personal records and geolocation data provided",
           "prevent the sale and redisclosure of personal records and data containing sensitive attributes provided",
           LIM, ["information_sharing"],
           "Government procedures against resale and redisclosure now cover all data containing sensitive attributes, which include citizenship or immigration status, not only geolocation data (same change throughout (b))."),
        ch("3. geolocation, genetic, and other sensitive data; and",
           "2. the risk that personal records or data containing sensitive attributes may be used",
           NEU, ["information_sharing"],
           "The separate consideration item 3 for 'geolocation, genetic, and other sensitive data' is deleted because such data is now within 'data containing sensitive attributes'; 'and' moves to item 1."),
    ], MD711 + "Article - State Government, section 10-1702 (a)-(b) (whole section as printed). " + MDMARK))

    # ---------------------------------------------------------------- G9 CS 1-102 (c)-(f)
    MD630 = ("Maryland House Bill 630 (2026 regular session, 'Correctional Services - Immigration Detention Facilities - Original Design and Construction'; "
             "first reader), file data/2026rs/md/HB0630.md at commit d91b58f of github.com/Maryland-State-Innovation-Team/Legi-Assist. ")
    m = (
        "(c) (1) The State, a unit of local government, a county sheriff, or an agency, officer, employee, or agent of the State or a unit of local government may not enter into or renew an immigration detention agreement.\n\n"
        "(2) The State, a unit of local government, a county sheriff, or an agency, officer, employee, or agent of the State or a unit of local government with an existing immigration detention agreement shall exercise the termination provision contained in the immigration detention agreement not later than October 1, 2022.\n\n"
        "{(d) A person may not operate an immigration detention facility at a building, structure, or facility that was not originally designed and constructed for the purpose of housing or detaining individuals.}\n\n"
        "[(d)]{(e)} In any dispute over an immigration detention agreement with the State, the provisions of this section govern.\n\n"
        "[(e)]{(f)} Nothing in this section may be construed to authorize or prohibit the State, a unit of local government, a county sheriff, or an agency, officer, employee, or agent of the State or a unit of local government from entering into an agreement under 8 U.S.C. § 1357(g)."
    )
    old, new = mk(m)
    out.append(changes_pair("G9", "rule_added", old, new, [
        ch("not later than October 1, 2022.\n\n(d) In any dispute",
           "(d) A person may not operate an immigration detention facility at a building, structure, or facility that was not originally designed and constructed for the purpose of housing or detaining individuals.",
           LIM, ["detainers_holds"],
           "New prohibition: immigration detention may not be run in buildings not built to hold people, which restricts where civil immigration detainees can be held."),
        ch("(e) Nothing in this section may be construed", "(f) Nothing in this section may be construed", NEU, ["raids_joint_operations"],
           "The 287(g) savings clause is relettered from (e) to (f) (and old (d) becomes (e)); its wording is unchanged."),
    ], MD630 + "Article - Correctional Services, section 1-102 (c)-(e) old / (c)-(f) new (Dignity Not Detention provisions; subsections (a)-(b) left out of both sides). " + MDMARK))

    # ---------------------------------------------------------------- G10 CP 2-104 (a),(c) enacted 2025
    m = (
        "2–104.\n\n"
        "(a) In this section, “federal law enforcement officer” means an officer who may:\n\n"
        "(1) make an arrest with or without a warrant for violations of the United States Code; and\n\n"
        "(2) carry firearms in the performance of the officer’s duties.\n\n"
        "(c) (1) A federal law enforcement officer who acts under the authority granted by this section shall notify the following persons of an investigation [or]{,} {an} enforcement action{, or a federal immigration enforcement action at a sensitive location, as defined in § 6–111 of the State Government Article}:\n\n"
        "(i) 1. the chief of police, if any, or chief’s designee, when in a municipal corporation;\n\n"
        "2. the police commissioner or police commissioner’s designee, when in Baltimore City;\n\n"
        "3. the chief of police or chief’s designee, when in a county with a county police department, except Baltimore City;\n\n"
        "4. the sheriff or sheriff’s designee, when in a county without a county police department;\n\n"
        "5. the Secretary of Natural Resources or Secretary’s designee, when on property owned, leased, operated by, or under the control of the Department of Natural Resources; or\n\n"
        "6. the chief of police of the Maryland Transportation Authority or chief’s designee, when on property owned, leased, operated by, or under the control of the Maryland Transportation Authority, Maryland Aviation Administration, or Maryland Port Administration; and\n\n"
        "(ii) the Department of State Police barrack commander or commander’s designee, unless there is an agreement otherwise with the Department of State Police.\n\n"
        "(2) When the federal law enforcement officer participates in a joint investigation with officials from a State or local law enforcement unit, the federal law enforcement officer shall give the notice required under paragraph (1) of this subsection reasonably in advance."
    )
    old, new = mk(m)
    out.append(changes_pair("G10", "scope_change", old, new, [
        ch("shall notify the following persons of an investigation or enforcement action:",
           "shall notify the following persons of an investigation, an enforcement action, or a federal immigration enforcement action at a sensitive location, as defined in § 6–111 of the State Government Article:",
           UNC, ["ice_cooperation", "raids_joint_operations"],
           "Federal officers must now tell the local police chief or sheriff before immigration actions at sensitive locations. This is oversight of federal agents, but it also routes information about immigration operations to local police; whether local involvement in enforcement grows or shrinks cannot be told from the text."),
    ], "Maryland Criminal Procedure Article section 2-104 (a) and (c) (federal law enforcement officers acting with State arrest authority). "
       "OLD = section as in force before 2025 (2018 Replacement Volume and 2024 Supplement), NEW = as amended by Chapter 718 of 2025 (House Bill 1222, 'Maryland Values Act', enacted; signed by Gov. Wes Moore). "
       "Both from the chapter law's print of the section (existing law with [or] bracketed and CAPITALS 'AN', 'OR A FEDERAL IMMIGRATION ENFORCEMENT ACTION AT A SENSITIVE LOCATION, AS DEFINED IN § 6-111 OF THE STATE GOVERNMENT ARTICLE' added), file data/2025rs/md/HB1222.md at commit d91b58f of github.com/Maryland-State-Innovation-Team/Legi-Assist. "
       "Genuine enacted amendment; subsection (b) is not printed by the chapter and is left out of both sides."))

    # ---------------------------------------------------------------- G11 Portland 810.10 arrest sentence
    old = "Members shall not arrest a person for the sole reason that they are an undocumented immigrant."
    new = ("Members shall not arrest a person for the sole reason that they: 1) are an undocumented immigrant present in the United States illegally; "
           "or 2) the subject of an ICE immigration enforcement action of investigation.")
    out.append(changes_pair("G11", "list_added", old, new, [
        ch("for the sole reason that they are an undocumented immigrant.",
           "or 2) the subject of an ICE immigration enforcement action of investigation.",
           LIM, ["enforcement_authority", "ice_cooperation"],
           "A second protected case is added: members may not arrest someone solely because the person is the subject of an ICE enforcement action or investigation."),
        ch("they are an undocumented immigrant.", "1) are an undocumented immigrant present in the United States illegally;", NEU, ["enforcement_authority"],
           "The first case is restated with a gloss ('present in the United States illegally'); same meaning."),
    ], "Portland (OR) Police Bureau Directive 810.10 (immigration enforcement). OLD = the sentence of the 2018 version ('the original policy simply states'); NEW = the sentence of the revised directive effective 2019; "
       "both as quoted verbatim in the Portland Mercury, 'Portland Police Clarify Involvement With Immigrant Communities and ICE', https://www.portlandmercury.com/news/portland-police-clarify-involvement-with-immigrant-communities-and-ice-26891280/ "
       "(stored copy; mojibake quotes repaired). Genuine wording of both versions, third-party quotation; 'of investigation' [sic] as quoted. Single-sentence pair."))

    # ---------------------------------------------------------------- G12 Portland 810.10 definition
    new = ("Administrative Removal Warrant: A document, typically signed by a supervisory level Immigration and Customs Enforcement (ICE) administrator and not a judge, "
           "that authorizes ICE officers/Enforcement Removal Operations (ERO) to arrest non-citizens who are alleged or suspected of having committed immigration violations "
           "and/or who are alleged to be deportable. Administrative removal warrants are not required to be supported by probable cause. Administrative removal warrants only "
           "allow ICE to detain a named person and do not allow ICE to search a premises.")
    old = new.replace("non-citizens who are alleged or suspected of having committed immigration violations",
                      "non-citizens who have committed immigration violations")
    out.append(changes_pair("G12", "definition_change", old, new, [
        ch("non-citizens who have committed immigration violations", "non-citizens who are alleged or suspected of having committed immigration violations",
           NEU, ["detainers_holds"],
           "The definition describes what an ICE administrative warrant authorizes; saying the persons are 'alleged or suspected' rather than 'have committed' violations is a wording change that neither widens nor narrows any duty of members."),
    ], "Portland (OR) Police Bureau Directive 810.10, Definitions, 'Administrative Removal Warrant'. NEW = current text, verbatim from https://www.portland.gov/policies/police-directives/arrest-detentions-court-0800/081010-bureau-contact-members-immigrant (stored copy). "
       "OLD = RECONSTRUCTED: the same definition with the phrase 'non-citizens who have committed immigration violations', which the Portland Mercury (URL as in the previous pair) quotes as the earlier version's wording "
       "('the decision to change the phrase \"non-citizens who have committed immigration violations\" to \"non-citizens who are alleged or suspected of having committed immigration violations\"'); the rest of the old definition is assumed identical."))
    # ---------------------------------------------------------------- G13 Missouri 67.307.1 vs HB 3240 (2026)
    MO_DEFS = (
        "67.307. 1. As used in this section, the following terms mean:\n\n"
        "(1) \"Law enforcement officer\", a sheriff or peace officer of a municipality with the duty and power of arrest for violation of the general criminal laws of the state or for violation of ordinances of municipalities;\n\n"
        "(2) \"Municipality\", any county, city, town, or village;\n\n"
        "(3) \"Municipality official\", any elected or appointed official or any law enforcement officer serving the municipality;\n\n"
        "(4) \"Sanctuary policy\", any municipality's order or ordinance, enacted or followed that:\n\n"
        "(a) Limits or prohibits any municipality official or person employed by the municipality from communicating or cooperating with federal agencies or officials to verify or report the immigration status of any alien within such municipality;[ or]\n\n"
        "(b) Grants to illegal aliens the right to lawful presence or status within the municipality in violation of federal law[.]{;\n\n"
        "(c) Intentionally inhibits federal agencies or officials from enforcing federal immigration laws; or\n\n"
        "(d) Prohibits the construction or permitting of facilities to house individuals detained by federal agencies for lack of lawful presence.}"
    )
    old, new = mk(MO_DEFS)
    out.append(changes_pair("G13", "list_added", old, new, [
        ch("such municipality; or\n\n(b)", "such municipality;\n\n(b)", NEU, ["ice_cooperation"],
           "'or' moves from item (a) to the new last item; punctuation only."),
        ch("in violation of federal law.", "(c) Intentionally inhibits federal agencies or officials from enforcing federal immigration laws; or",
           EXP, ["ice_cooperation", "raids_joint_operations"],
           "The banned 'sanctuary policy' now also covers any local order that intentionally inhibits federal immigration enforcement, so fewer local limits on cooperation are allowed (double negative: widening what is forbidden to localities expands enforcement)."),
        ch("in violation of federal law.", "(d) Prohibits the construction or permitting of facilities to house individuals detained by federal agencies for lack of lawful presence.",
           EXP, ["detainers_holds"],
           "A municipality may no longer refuse permits for immigration detention facilities: such a refusal becomes a banned sanctuary policy."),
    ], "Missouri Revised Statutes 67.307, subsection 1 (definitions; the text continues with subsection 2 on both sides, left out). "
       "OLD = RSMo 67.307 as published 'August 28, 2016' (text unchanged since 2008), verbatim from http://www.moga.mo.gov/mostatutes/stathtml/06700003071.html (stored copy). "
       "NEW = the section as proposed by Missouri House Bill 3240 (103rd General Assembly, 2nd regular session, 2026, introduced by Rep. Hurlbert, 7101H.01I), verbatim from the bill text at "
       "https://fastdemocracy.com/bill-summary/?billsummary_id=MOB00028610&billsummary_session=2026&billsummary_state=mo (stored copy; line numbers and page header removed; the bill marks '[or]' as deleted and prints new matter in bold, lost in the copy; "
       "the new items were identified by comparison with the 2016 text). Both sides genuine wording; NEW is a proposal."))

    # ---------------------------------------------------------------- G14 Missouri 67.307.2 vs HB 1163 (2025)
    MO2 = (
        "(4) \"Sanctuary policy\", any municipality's order or ordinance, enacted or followed that:\n\n"
        "(a) Limits or prohibits any municipality official or person employed by the municipality from communicating or cooperating with federal agencies or officials to verify or report the immigration status of any alien within such municipality; or\n\n"
        "(b) Grants to illegal aliens the right to lawful presence or status within the municipality in violation of federal law.\n\n"
        "2. No municipality shall enact or adopt any sanctuary policy. Any municipality that enacts or adopts a sanctuary policy shall {receive no state moneys of any kind and shall }be ineligible for any moneys provided through grants administered by any state agency or department until the sanctuary policy is repealed or is no longer in effect. Upon the complaint of any state resident regarding a specific government entity, agency, or political subdivision of this state or prior to the provision of funds or awarding of any grants to a government entity, agency, or political subdivision of this state, any member of the general assembly may request"
    )
    old, new = mk(MO2)
    out.append(changes_pair("G14", "rule_added", old, new, [
        ch("a sanctuary policy shall be ineligible for any moneys", "a sanctuary policy shall receive no state moneys of any kind and shall be ineligible for any moneys",
           EXP, ["ice_cooperation"],
           "The sanction for a municipal sanctuary policy grows from losing state-administered grants to losing all state money, a stronger push on localities to cooperate with federal immigration enforcement."),
    ], "Missouri Revised Statutes 67.307, subsection 1(4) and the first part of subsection 2 (both cut at the same point, '... any member of the general assembly may request', where the stored copy of the bill breaks off). "
       "OLD = RSMo 67.307 as published 'August 28, 2016', verbatim from http://www.moga.mo.gov/mostatutes/stathtml/06700003071.html . "
       "NEW = as proposed by Missouri House Bill 1163 (103rd General Assembly, 1st regular session, introduced by Rep. Lucas, filed 02/03/2025, 1538H.02I), from https://app.legiplex.com/mo/legislature/2025/2025-r/bills/hb1163/drafts-latest (stored copy; "
       "the copy lost all word spaces, e.g. 'shallreceivenostatemoneysofanykindandshallbe'; spaces restored by me, words unchanged; line numbers removed). Both sides genuine wording; NEW is a proposal."))

    # ---------------------------------------------------------------- G15 Tennessee 7-68-105(a) vs SB 17 (2025)
    old = ("(a) All law enforcement agencies and officials shall, in accordance with 8 U.S.C. § 1357(g)(10), communicate with the appropriate federal official regarding the immigration status of any individual, "
           "including reporting knowledge that a particular alien is not lawfully present in the United States or otherwise cooperate with the appropriate federal official in the identification, apprehension, detention, or removal of aliens not lawfully present in the United States.")
    new = ("(a) (1) All law enforcement agencies and officials shall, in accordance with 8 U.S.C. § 1357(g)(10), communicate with the appropriate federal official regarding the immigration status of any individual who has been arrested for a criminal offense, "
           "including reporting knowledge that a particular alien is not lawfully present in the United States or otherwise cooperate with the appropriate federal official in the identification, apprehension, detention, or removal of aliens not lawfully present in the United States.\n\n"
           "(2) Subdivision (a)(1) does not apply to:\n\n"
           "(A) A school resource officer with regard to the immigration status of a student of the local education agency to which the school resource officer has been assigned; and\n\n"
           "(B) An individual who has not been arrested by the law enforcement agency or official, including an individual whose contact with a law enforcement agency is due to the individual's status as a victim of or witness to a criminal offense.")
    out.append(changes_pair("G15", "scope_change", old, new, [
        ch("(a) All law enforcement agencies and officials shall", "(a) (1) All law enforcement agencies and officials shall", NEU, ["information_sharing"],
           "Subsection (a) is split into numbered subdivisions; the label change itself has no effect."),
        ch("regarding the immigration status of any individual, including", "regarding the immigration status of any individual who has been arrested for a criminal offense, including",
           LIM, ["information_sharing", "ice_cooperation"],
           "The duty to report immigration status to and cooperate with federal officials now covers only people arrested for a criminal offense, not any individual."),
        ch("(a) All law enforcement agencies and officials shall",
           "(A) A school resource officer with regard to the immigration status of a student of the local education agency to which the school resource officer has been assigned; and",
           LIM, ["information_sharing", "ice_cooperation"],
           "New exception: school resource officers are relieved of the reporting duty as to students of their school."),
        ch("(a) All law enforcement agencies and officials shall",
           "(B) An individual who has not been arrested by the law enforcement agency or official, including an individual whose contact with a law enforcement agency is due to the individual's status as a victim of or witness to a criminal offense.",
           LIM, ["information_sharing", "access_to_services"],
           "New exception: no reporting duty for people the agency has not arrested, expressly including victims and witnesses who contact police."),
    ], "Tennessee Code Annotated 7-68-105(a). OLD = text 'current through Acts 2023-2024, ch. 1069', verbatim from https://d1tvxue8o4w0fl.cloudfront.net/statute/tennessee-code/title-7-consolidated-governments-and-local-governmental-functions-and-entities/local-government-functions/chapter-68-enforcement-of-federal-immigration-laws/section-7-68-105-authority-to-communicate-with-federal-officials-regarding-immigration-status-of-aliens-not-lawfully-present-memorandum-of-agreement-between-law-enforcement-agency-and-federal-official-notice-to-governor (casetext mirror, stored copy). "
       "NEW = subsection (a) as Tennessee Senate Bill 17 (2025, Sen. Gardenhire; companion HB 1202) would substitute it ('Section 7-68-105, is amended by deleting subsection (a) and substituting: (1) ...'), verbatim from https://app.legiplex.com/tn/legislature/2025/2025-r/bills/sb0017/drafts-compare (stored copy; table layout and line numbers removed, 'ยง' repaired to '§'); "
       "the label '(a)' before '(1)' is supplied from the amending instruction. The bill's new (a)(3) (civil penalty up to $1,000, per the fiscal note of March 13, 2025) is cut off in the stored copy and left out; subsection (b) is unchanged and left out of both sides. Both sides genuine wording; NEW is a proposal."))

    # ---------------------------------------------------------------- G16 Boston Trust Act 2014 vs 2019 (definition, fragment)
    old = ("Section 1. Definitions. (a) “Civil immigration detainer request” means a non-mandatory request issued by an authorized federal immigration officer under Section 287.7 of Title 8 of the Code of Federal Regulations to a local law enforcement official to")
    new = ("1. Definitions.\n(a) Civil Immigration Detainer Request. A non-mandatory request issued by an authorized federal immigration officer under Section 287.7 of Title 8 of the United States Code to a local law enforcement official to")
    out.append(changes_pair("G16", "neutral_rewrite", old, new, [
        ch("Section 1. Definitions. (a) “Civil immigration detainer request” means a non-mandatory request",
           "1. Definitions.\n(a) Civil Immigration Detainer Request. A non-mandatory request",
           NEU, ["detainers_holds"], "Heading and definition style change only (quoted term 'means' -> run-in heading); same definition."),
        ch("Title 8 of the Code of Federal Regulations", "Title 8 of the United States Code", NEU, ["detainers_holds"],
           "The citation of section 287.7 changes from the Code of Federal Regulations to the United States Code (the regulation is 8 CFR 287.7, so the new citation reads as a slip); it does not change what a detainer request is."),
    ], "Boston Trust Act, definition of 'civil immigration detainer request', cut mid-sentence at the same point on both sides ('... to a local law enforcement official to'), because the stored copy of the 2014 text breaks off there. "
       "OLD = ordinance as filed in 2014 ('Offered by Councilor Josh Zakim ... An Ordinance Establishing a Boston Trust Act', passed August 2014), verbatim from https://paperzz.com/doc/9037435/boston-trust-act (stored copy). "
       "NEW = City of Boston Code, Boston Trust Act as amended December 2019, verbatim from https://codelibrary.amlegal.com/codes/boston/latest/boston_ma/0-0-0-16772 (stored copy). Both sides genuine; the 2014 copy is the ordinance as offered, which may differ from the text as passed."))
    return out
