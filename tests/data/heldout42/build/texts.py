# Verbatim OLD passages (curly quotes made straight; paragraph breaks as noted in SOURCE.md).
MSP = """The men and women of the Michigan State Police (MSP) are committed to the equitable treatment of all persons and to providing service and enforcing the law in a professional, just and nondiscriminatory manner. Longstanding department policies prohibit members from stopping or detaining anyone based solely on their race, ethnicity or possible immigration status.

05-29 - Arrests of Foreign Diplomats and Consular Officers
02-33 - Citizen Status Determinations
07-02 - Federal Immigration Investigations
16-10 - Immigration Relief Assistance (Witnesses and Victims)
16-11 - Persons with Limited English Proficiency

Policy points:

- An individual shall not be stopped or detained, or a traffic stop prolonged, solely for the purpose of establishing an individual's citizenship status, unless it is necessary to identify the individual where an investigation reveals that an individual has committed a crime or civil infraction.

- Enforcement members shall not require proof of immigration status, citizenship or place of birth, or otherwise inquire about a person's immigration status, unless such information is necessary as part of a criminal investigation.

- Enforcement members shall not stop, interrogate, search, arrest or detain any individual based on an immigration administrative warrant or immigration detainer (including forms I-200, I-205, I-274A, or I-203).

- Enforcement members shall not inquire about a crime victim's or witness' immigration status or require proof of that status unless the inquiry relates to an on-going criminal investigation or the inquiry is related to obtaining services for immigration relief available to victims."""

GRPD = """SPECIFIC DUTIES

1. No member of the Grand Rapids Police Department shall

a. Coerce, threaten with deportation, or engage in verbal abuse with any person based upon the person's, or the person's family members', actual or perceived immigration status or citizenship.

b. Inquire into a person's immigration status when the person is seeking police services, such as filing a police report or calling 911.

c. Stop, question, investigate, arrest, search, or detain an individual based solely on:
(1) Actual or suspected immigration status; or
(2) actual or suspected violations of federal civil immigration law, including an immigration detainer, administrative immigration warrant, prior deportation, order or other civil immigration documents.

d. Inquire of any individual about the immigration status of any person or require any individual to produce any document to prove their immigration status. Exceptions may be made for legitimate law enforcement needs.

2. Officers may provide assistance to federal immigration authorities when there is an emergency posing an immediate danger to the public safety or to the federal agents.

3. If a non-emergency request is made by federal immigration authorities the department may provide available support services, such as traffic control or peacekeeping efforts, upon approval of the Chief of Police or a Deputy Chief of Police."""

LANSING = """EXECUTIVE ORDER 2017-01

CREATION OF CITY POLICY WITH RESPECT TO IMMIGRANTS AND REFUGEES

TO: ALL OFFICERS, EMPLOYEES, AGENCIES, BOARDS, AUTHORITIES, AND DEPARTMENTS OF THE CITY OF LANSING

SUBJECT: CITY POLICY WITH RESPECT TO IMMIGRANTS AND REFUGEES

The City of Lansing has a rich and diverse population, which includes immigrants and refugees who make substantial economic, social, and cultural contributions to our community. The City also has a long history of commitment to preserving civil rights and liberties, regardless of one's immigration or refugee status. And as such, Lansing shares the company of a growing number of cities, townships, counties and states who celebrate diversity and provide equal protection for all residents, immigrant and refugee, documented and undocumented.

To ensure these protections, and to reflect its commitment to both the equal enforcement of the law and service to the public, the Lansing Police Department has for many years instituted policies that would not only assist it with respect to crime reporting and investigation,but also encourage community participation in both. Furthermore, the fear of any reprisal that might follow the revelation of one's immigration status should not give cause for failing to assist law enforcement in their efforts to make Lansing a safe community.

It is the policy of the Lansing Police Department that all members make personal and professional commitments to equal enforcement of the law and equal service to the public. Confidence in this commitment will increase the effectiveness of the Department in protecting and serving the entire community and recognizing the dignity of all persons, regardless of their immigration status."""
