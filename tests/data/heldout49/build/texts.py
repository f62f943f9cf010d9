# OLD texts: verbatim from stored copies (curly quotes and apostrophes typed straight; bullets as "- ";
# one blank line between paragraphs; each cut at a clean paragraph boundary before the stored copy breaks off).
DALLAS = """Igo said the department would fully comply with local, state, and federal laws while promoting safety and trust in the community. However, he hoped to clear up any misconceptions about his officers' role in immigration enforcement.

Citing a general order in place since 2017, Igo said Dallas officers will not "stop or contact any person for the sole purpose of determining immigration status and are permitted, but not required, to ask about the immigration status only of those persons who are lawfully detained or arrested."

The chief said trust between law enforcement and the community was essential to public safety. Everyone should know, the chief said, that they should never hesitate to report a crime, seek help, or cooperate with police.

"Officers may not ask the immigration status of those who are victims, witnesses, or those who are reporting a crime unless necessary to investigate the offense or to provide information regarding federal visas designed for the protection of persons assisting law enforcement, or if the officer has probable cause that the victim or witness has engaged in specific conduct constituting a separate criminal offense," Igo said.

Igo said that the Dallas police have not been asked by state or federal law enforcement to participate in any immigration enforcement efforts but that they have assisted agencies in arresting people who were wanted for a criminal offense, regardless of their immigration status.

The chief said Dallas police officers are also bound by laws that prohibit racial profiling and are committed to protecting every individual's civil rights. Igo said the department's top priorities are to investigate crimes, respond to emergencies, and reduce violent crime in the communities it serves."""

SLC = """According to the SLCPD policy, the department may offer "available support services" like traffic control or peacekeeping efforts to ICE, but it does not obligate officers to actively assist with immigration enforcement. The policy adds that any requests from ICE or other federal agencies should be directed to a supervisor, leaving the decision for cooperation to the discretion of department leadership.

"No individual should be held based solely on a federal immigration detainer under 8 CFR 287.7 unless the person has been charged with a federal crime or the detainer is accompanied by a warrant, affidavit of probable cause, or removal order," the policy states. This reflects the department's commitment to upholding civil rights, as individuals will not be detained without clear legal justification.

ICE detainers are often issued for individuals suspected of being removable due to their immigration status, particularly in cases involving serious criminal offenses such as burglary, robbery, sexual assault, or drug trafficking. While SLCPD is not restricted from sharing information with ICE about an individual's immigration status, it is not required to either. The department's policy makes it clear that officers may exchange such information but are not mandated to do so."""

BILLINGS = """Chief Rich St. John says while Billings police do honor detainer requests by ICE, they are not going to do anything that doesn't follow their procedures.

"We're not going to do anything different than what we normally do," said St. John. "We are not going to be actively patrolling and sweeping the streets for any undocumented individuals. We're not asking for immigration status unless there's probable cause to do or unless they're under arrest or detained for questioning."

While there is no legal requirement for local officers to respond to a detainer request, St. John says they are simply doing their job.

"Again if it's somebody that needs to be in jail, the sheriff will make room," St. John adds. "If not other arranges will be made and that holds true for other immigration status violations as well."

St. John says he wants to make it clear any thought they are deputized to do federal work is false and enforcement of immigration laws fall solely to ICE, and Billings police have no authority to do so.

"We are not actively enforcing immigration laws. If we come upon something, we'll make notifications if appropriate," St. John said. "We'll make detentions if requested but other than that, it's business as usual for the police department.\""""

SATX = """SUBJECT:

Immigration practices

SUMMARY:

The San Antonio Police Department's current policies and procedures effectively protect the safety and security of all persons contacting police for assistance.

BACKGROUND INFORMATION:

The San Antonio Police Department wants and needs all residents and visitors to San Antonio to feel safe and secure in calling police for necessary assistance or to report a crime. Unless officers have reasonable suspicion to believe a person has committed a crime or are witness to a crime, officers do not have the authority to detain or arrest any person.

The San Antonio Police Department has released an Immigration Practices document which outlines and explains the activities and processes that a San Antonio Police Department officer will take in regards to addressing immigration issues. This was developed in order to create an open dialogue with the community and insure a focus and prioritization on public safety in San Antonio. These practices outline how the San Antonio Police Department ensures that all residents, regardless of immigration status, should not fear contacting the police if they have been a victim or a witness to a crime."""

NOLA = """NEW ORLEANS (AP) — Despite a warning from the U.S. Department of Justice, the City of New Orleans says it is in full compliance with federal immigration law.

The Justice Department on Thursday issued a statement saying New Orleans, Chicago, New York and Philadelphia have until Friday, Oct. 27 to show they are complying with longstanding federal law that says cities can't hinder information sharing with immigration agents.

In a statement Thursday, Mayor Mitch Landrieu says the DOJ confirmed the city's compliance. He says under his administration, the New Orleans Police Department has and will continue to follow all federal laws.

"As we have maintained for years, the Department of Justice has confirmed that we are in full compliance with 8 U.S.C. § 1373," said Mayor Landrieu. "Under my Administration, the New Orleans Police Department has and will continue to follow all federal laws; however, the NOPD will not be the federal government's deportation force. We will build relationships between the NOPD and all community members. The City of New Orleans will not be side-tracked by caustic, political rhetoric that seeks to make us fearful of others and scapegoat immigrants. The NOPD will continue to focus on the arrest and conviction of violent criminals, regardless of their immigration status.

"The Department of Justice failed to note in its letter sent to me today [Thursday, Oct. 12] that Chapter 41.6.1, Paragraph 5 of the NOPD's operation manual states that officers are to follow Section 1373(a), and that the policy does 'not prohibit, or in any way restrict, any government entity or official from sending to, or receiving from, [ICE] information regarding the citizenship or immigration status, lawful or unlawful, of any individual,'" said Mayor Landrieu."""

HOUSTON = """Under fire in recent months over its policy toward illegal immigrants, the Houston Police Department is unveiling new procedures today to allow more cooperation with federal agents trying to catch criminals living in the country illegally.

Officers still will not inquire about the immigration status of people they haven't arrested, so the changes are unlikely to quiet critics who have labeled Houston a "sanctuary city" for illegal immigrants.

But the department is making several key revisions.

An announcement is expected today, less than two weeks after the shooting death of police officer Rodney Johnson caused simmering opposition to the department policy to flare anew. An illegal immigrant who previously had been deported is charged in the slaying.

Among the changes to take effect this week:

The department will hold people detained or arrested for traffic violations or other minor crimes - Class C misdemeanors - if warrant checks show they are wanted by federal agents for defying an order to leave the country or for returning after being deported in connection with a criminal case. Under existing policy, police generally did not hold such people for federal authorities, even if officers were aware of the federal warrants.

The department will allow immigration agents unfettered access to the city's two jails, as they have had in the Harris County jail, and officers will start asking all arrestees whether they are citizens.

Fingerprints of anyone booked into the jails without proper identification will be checked against a national fingerprint database.

That could help officers identify wanted criminals, including people wanted for serious immigration violations, police say."""
