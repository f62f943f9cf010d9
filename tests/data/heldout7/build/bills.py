"""Federal bill texts (119th Congress), copied from the stored congress.gov API dumps (markdown files
holding the govinfo 'Formatted XML' text of each bill version, 'Date accessed: 2026-06-01'), found with
find_string / read_file.  Rendering: the dump's markdown heading marks ('####', '#####') and bold item
labels ('**(1)**' + line break) are dropped, so '**(1)**\\nsending' is written '(1) sending'; the space
the converter leaves before punctuation and inside '( 8 U.S.C. 1226 , 1357)' is kept as stored.
No word changed."""

# H.R. 32, No Bailout for Sanctuary Cities Act, Introduced in House, January 3, 2025 (Mr. LaLota),
# https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr32ih.xml  (stored file id 55627525268)
HR32 = """2. Sanctuary jurisdiction defined

(a) In general

Except as provided under subsection (b), for purposes of this Act, the term sanctuary jurisdiction means any State or political subdivision of a State that has in effect a statute, ordinance, policy, or practice that prohibits or restricts any government entity or official from—

(1) sending, receiving, maintaining, or exchanging with any Federal, State, or local government entity information regarding the citizenship or immigration status (lawful or unlawful) of any individual; or

(2) complying with a request lawfully made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer for, or notify about the release of, an individual.

(b) Exception

A State or political subdivision of a State shall not be deemed a sanctuary jurisdiction based solely on its having a policy whereby its officials will not share information regarding, or comply with a request made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer regarding, an individual who comes forward as a victim or a witness to a criminal offense.

3. Sanctuary jurisdictions ineligible for certain Federal funds

Beginning on the earlier of the date that is 60 days after the date of enactment of this Act or the first day of the fiscal year that begins after the date of enactment of this Act, a sanctuary jurisdiction is ineligible to receive any Federal funds that the sanctuary jurisdiction intends to use for the benefit (including the provision of food, shelter, healthcare services, legal services, and transportation) of aliens who are present in the United States without lawful status under the immigration laws (as such terms are defined in section 101 of the Immigration and Nationality Act).

4. Report on noncompliance

Not later than 1 year after the date of enactment of this Act, and annually thereafter, the Secretary of Homeland Security shall submit to the Committee on the Judiciary of the House of Representatives and the Committee on the Judiciary of the Senate a report that includes a list of States, and political subdivisions of States, that have failed to comply with requests described in section 2(a)(2)."""

# S. 707, No Bailout for Sanctuary Cities Act, Introduced in Senate, February 25, 2025 (Mr. Risch),
# https://www.govinfo.gov/bulkdata/BILLS/119/1/s/BILLS-119s707is.xml  (stored file id 55866316785)
S707 = """2. Definition of sanctuary jurisdiction

(a) In general

Except as provided in subsection (b), in this Act, the term sanctuary jurisdiction means any State or political subdivision of a State that has in effect a statute, ordinance, policy, or practice that prohibits or restricts any government entity or official from—

(1) sending, receiving, maintaining, or exchanging with any Federal, State, or local government entity information regarding the citizenship or immigration status (lawful or unlawful) of any individual; or

(2) complying with a request lawfully made by the Secretary of Homeland Security under section 236 or 287 of the Immigration and Nationality Act ( 8 U.S.C. 1226 , 1357) to comply with a detainer for, or notify about the release of, an individual.

(b) Exception

For purposes of this Act, a State or political subdivision of a State shall not be considered a sanctuary jurisdiction based solely on the State or political subdivision of a State having a policy under which officials of the State or political subdivision of a State will not share information with respect to, or comply with a request made by the Secretary of Homeland Security under section 236 or 287 of the Immigration and Nationality Act ( 8 U.S.C. 1226 , 1357) to comply with a detainer for, an individual who comes forward as a victim of or a witness to a criminal offense.

3. Sanctuary jurisdictions ineligible for certain Federal funds

Beginning on the date that is the earlier of the date that is 60 days after the date of the enactment of this Act or the first day of the fiscal year that begins after the date of the enactment of this Act, a sanctuary jurisdiction is ineligible to receive any Federal funds that the sanctuary jurisdiction intends to use for the benefit (including the provision of food, shelter, healthcare services, legal services, and transportation) of aliens who are present in the United States without lawful status under the immigration laws (as defined in section 101 of the Immigration and Nationality Act ( 8 U.S.C. 1101 )).

4. Report on noncompliance

Not later than 1 year after the date of the enactment of this Act, and annually thereafter, the Secretary of Homeland Security shall submit to the Committee on the Judiciary of the Senate and the Committee on the Judiciary of the House of Representatives a report that identifies each State and political subdivision of a State that has, within the preceding 1-year period, failed to comply with a request described in section 2(a)(2)."""

# S. 4316, Sanctuary City Elimination Act, Introduced in Senate, April 16, 2026 (Mr. Cornyn),
# https://www.govinfo.gov/bulkdata/BILLS/119/2/s/BILLS-119s4316is.xml  (stored file id 56095922776), section 3
S4316_SEC3 = """3. Sanctuary jurisdiction defined

(a) In general

Except as provided under subsection (b), for purposes of this Act, the term sanctuary jurisdiction means any State or political subdivision of a State that has in effect a statute, ordinance, policy, or practice that prohibits or restricts any government entity or official from—

(1) sending, receiving, maintaining, or exchanging with any Federal, State, or local government entity information regarding the citizenship or immigration status (lawful or unlawful) of any individual; or

(2) complying with a request lawfully made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer for, or notify about the release of, an individual.

(b) Exception

A State or political subdivision of a State shall not be deemed a sanctuary jurisdiction based solely on it having a policy whereby its officials will not share information regarding, or comply with a request made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer regarding, an individual who comes forward as a victim or a witness to a criminal offense."""

HR32_SEC2 = HR32.split("\n\n3. Sanctuary")[0]
