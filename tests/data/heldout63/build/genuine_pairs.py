def register(add_genuine, T, L, E, N):
    src1 = ("GENUINE (successive bills on the same act, not one bill's editions): OLD = Michigan Senate Bill 445 (2015-2016 session, "
            "introduced Sept. 9, 2015 by Sens. Kowall et al., 'sanctuary policy prohibition act'), title, enacting clause and Secs. 1-5, verbatim from "
            "https://www.legislature.mi.gov/documents/2015-2016/billintroduced/Senate/htm/2015-SIB-0445.htm ; NEW = Michigan House Bill 4083 "
            "(2019-2020 session, introduced Jan. 24, 2019 by Reps. Hornberger and LaFave, 'local government sanctuary policy prohibition act'), "
            "title, enacting clause and Secs. 1-5, verbatim from https://legiscan.com/MI/text/HB4083/id/1870083 (Michigan-2019-HB4083-Introduced). "
            "Both cut after Sec. 5 (the stored 2019 copy breaks off inside Sec. 7, so the 2015 bill's Sec. 7 notice duties are left out too); "
            "bill headers (number, date, sponsors) left out; the printed line breaks joined.")
    add_genuine(T.MI_SB445_2015, T.MI_HB4083_2019, "mixed", [
     ("to prescribe the powers and duties of certain local officers, officials, and employees; to provide for certain reporting requirements; and to prescribe penalties.",
      "to prescribe the powers and duties of certain state and local officers, officials, and employees; and to prescribe penalties and remedies.",
      N, ["ice_cooperation"],
      "Title wording about the act's other sections (reporting, remedies), which lie outside this excerpt; no rule in the excerpt changes."),
     ('"sanctuary policy prohibition act".',
      '"local government sanctuary policy prohibition act".',
      N, ["ice_cooperation"],
      "Short title only."),
     ('Sec. 3. As used in this act:\n\n(a) "Governing body" means any of the following:\n\n(i) The council, commission, or other entity vested with the legislative power of a city or village.\n\n(ii) The township board of a township or charter township.\n\n(iii) The county board of commissioners of a county.',
      'Sec. 3. As used in this act, "local unit of government" means any of the following:',
      N, ["ice_cooperation"],
      "The 'governing body' definition goes because Sec. 5 no longer uses the term; its effect is counted in the Sec. 5 change."),
     ('(b) "Local unit of government" means a county, city, village, township, or charter township.',
      "(a) A city, village, township, or charter township.",
      L, ["ice_cooperation", "information_sharing"],
      "Counties are no longer local units under this act, so county policies limiting cooperation with ICE are not banned by it (the 2019 package moved counties to a separate bill, HB 4090)."),
     ("",
      "(b) A board, department, commission, council, agency, or body that is created or primarily funded by a city, village, township, or charter township.\n\n(c) An officer or official of a city, village, township, or charter township.",
      E, ["ice_cooperation", "information_sharing"],
      "Boards, agencies and individual officials of cities and townships are now bound by the ban on limiting cooperation."),
     ("Sec. 5. The governing body of a local unit of government shall not enact",
      "Sec. 5. A local unit of government shall not enact",
      E, ["ice_cooperation", "information_sharing"],
      "The ban now binds every local unit, not only its legislative body, so department rules and officials' directives are covered."),
     ("concerning the immigration status of an individual in this state.",
      "concerning the immigration status of an individual in this state. Any law, ordinance, policy, or rule that violates this act is void and unenforceable.",
      E, ["ice_cooperation", "information_sharing"],
      "Local rules that limit cooperation are now void by force of the act, not merely forbidden."),
    ], src1)

    add_genuine(T.MI_HB4083_2019, T.MI_HB4879_2023, "restated", [
     ("Sec. 1. This act shall be known and may be cited as the", "Sec. 1. This act may be cited as the", N, ["ice_cooperation"],
      "Short-title formula only; the definitions and the ban in Secs. 3 and 5 are word for word the same.")],
     "GENUINE (successive bills on the same act, not one bill's editions): OLD = Michigan House Bill 4083 (2019-2020 session, introduced Jan. 24, 2019), "
     "title, enacting clause and Secs. 1-5, verbatim from https://legiscan.com/MI/text/HB4083/id/1870083 ; NEW = Michigan House Bill 4879 "
     "(2023-2024 session, introduced June 28, 2023 by Reps. Cavitt et al.), same parts, verbatim from "
     "https://fastdemocracy.com/bill-summary/?billsummary_id=MIB00023392&billsummary_session=2023-2024&billsummary_state=mi (which reproduces the "
     "bill text; line numbers and the page code removed). Both cut after Sec. 5 (both stored copies break off inside Sec. 7); bill headers left out.")

    add_genuine(T.MI_HB4090_2019, T.MI_SB725_2023, "neutral_rewrite", [
     ("that limits local officials, officers, or employees from communicating",
      "that limits or prohibits peace officers or local officials, officers, or employees from communicating",
      N, ["ice_cooperation"],
      "The title now names peace officers and 'prohibits', matching Sec. 5, which is the same in both bills; the rule itself does not change."),
     ("Sec. 1. This act shall be known and may be cited as the", "Sec. 1. This act may be cited as the", N, ["ice_cooperation"],
      "Short-title formula only.")],
     "GENUINE (successive bills on the same act, not one bill's editions): OLD = Michigan House Bill 4090 (2019-2020 session, introduced Jan. 24, 2019 "
     "by Reps. LaFave, Hornberger et al., 'county sanctuary policy prohibition act'), title, enacting clause and Secs. 1-7, verbatim from "
     "https://legiscan.com/MI/text/HB4090/id/1870378/Michigan-2019-HB4090-Introduced.html ; NEW = Michigan Senate Bill 725 (2023-2024 session, as "
     "introduced, the only version), same parts, verbatim from https://app.legiplex.com/mi/legislature/2023/2023-r/bills/sb0725/drafts-compare "
     "(that page lower-cases the enacting clause; restored to the capitals of the printed bill). Both cut after Sec. 7 (the stored 2019 copy breaks off "
     "inside Sec. 9); bill headers left out.")

    add_genuine(T.MI_HB4880_2023, T.MI_SB725_2023, "neutral_rewrite", [
     ("that limits peace officers or local officials, officers, or employees",
      "that limits or prohibits peace officers or local officials, officers, or employees",
      N, ["ice_cooperation"],
      "Title wording only; Sec. 5 already bans laws that 'limit or prohibit' cooperation, identically in both bills."),
     ("certain state and local officials, officers, and employees;",
      "certain state and local officers, officials, and employees;",
      N, ["ice_cooperation"],
      "Word order in the title only."),
     ('"county law enforcement protection act".',
      '"county sanctuary policy prohibition act".',
      N, ["ice_cooperation"],
      "Short title only; the operative sections are word for word the same.")],
     "GENUINE (two bills on the same act in the same session, not one bill's editions): OLD = Michigan House Bill 4880 (2023-2024 session, "
     "introduced June 28, 2023 by Reps. Hall et al., 'county law enforcement protection act'), title, enacting clause and Secs. 1-7, verbatim from "
     "https://fastdemocracy.com/bill-summary/?billsummary_id=MIB00023387&billsummary_session=2023-2024&billsummary_state=mi (line numbers and page "
     "code removed; the stored copy breaks off inside Sec. 9); NEW = Michigan Senate Bill 725 (2023-2024 session, as introduced), same parts, verbatim from "
     "https://app.legiplex.com/mi/legislature/2023/2023-r/bills/sb0725/drafts-compare (enacting clause restored to capitals). Bill headers left out.")
