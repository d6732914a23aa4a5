"""Extraction read from the parse (issue 11), on sentences written for the tests: triggers by lemma in any
inflection, who did it to whom from the dependency tree, speech in any order, and what is no event.

Each case is a sentence in and the facts expected out; the story is dated Saturday, March 9, 2024.
"""
from __future__ import annotations

import pytest

from kg.extract.extractor import extract_facts
from kg.read.text import parse_article


def facts_of(body: str):
    text = f"Headline\nMarch 9, 2024\n\n{body}\n"
    return extract_facts(parse_article(text, article_id="t", source="t.txt"))


def events_of(body: str) -> list[dict]:
    facts = facts_of(body)
    label = {e.key: e.label for e in facts.entities}
    return [{"type": e.type, "status": e.status, "agent": [label[k] for k in e.agents],
             "target": [label[k] for k in e.targets], "place": [label[k] for k in e.places],
             "source": [label[k] for k in e.sources],
             "date": e.date, "count": (e.count.value, e.count.qualifier) if e.count else None}
            for e in facts.events]


CASES = {
    "a loan to a borrower not named as an entity goes to no state": (
        "Ukraine's grid was hit again this week. The EBRD approved a 300 million euro loan to Ukrenergo on Friday.",
        {"type": "Loan", "target": []}),
    "a commercial bank lends to no state the story is about": (
        "Germany's economy shrank last year. Deutsche Bank agreed to lend 500 million euros to fund a new chip factory.",
        {"type": "Loan", "agent": ["Deutsche Bank"], "target": []}),
    "a participle after an object tells of the object, not the subject": (
        "Police detained the activist on Friday, accused of organising protests.",
        {"type": "Arrest", "agent": ["police"], "target": ["activist"]}),
    "a state's own lending body lends to no one the story is about": (
        "China's economy slowed sharply this year. China Development Bank lent about 75% of the total.",
        {"type": "Loan", "agent": ["China Development Bank"], "target": []}),
    "a state's loans across a region go to no one the story is about": (
        "Kenya's debt rose sharply this year. China has lent billions across Africa.",
        {"type": "Loan", "agent": ["China"], "target": []}),
    "a lending body lends to the story's country when the sentence names no other": (
        "Bangladesh's economy slowed sharply this year. The World Bank is expected to approve a $500 million loan next month.",
        {"type": "Loan", "agent": ["World Bank"], "target": ["Bangladesh"]}),
    "a participle after a comma befalls the clause's subject": (
        "Petro's son, Nicolas Petro, is already on trial, accused of taking money from drug traffickers.",
        {"type": "Accusation", "agent": [], "target": ["Nicolas Petro"]}),
    "a participle's speaker is its clause's subject, not a name before it": (
        "Canada sanctioned Michel Martelly and two former prime ministers, Laurent Lamothe and Jean-Henry Ceant, saying they had used drug trafficking to gain influence.",
        {"type": "Statement", "agent": ["Canada"]}),
    "a participle that opens the sentence befalls its subject": (
        "Wounded in the attack, two soldiers died in hospital on Monday.",
        {"type": "Assault", "agent": [], "target": ["soldiers"]}),
    "force two sides used is no one's told": (
        "Police fired tear gas at protesters, who threw stones at officers. Amnesty International condemned the excessive use of force.",
        {"type": "Criticism", "target": []}),
    "restrictions on refugees who live in the state restrict": (
        "Pakistan imposed restrictions on Afghan refugees living in Karachi.",
        {"type": "Restriction", "agent": ["Pakistan"]}),
    "who ends a sit-in does not hold it": (
        "Soldiers surrounded the students and ended the sit-in outside the university.",
        {"type": "Protest", "agent": ["students"]}),
    "warning shots and live rounds are an assault": (
        "Soldiers fired warning shots and live rounds at the crowd in Dhaka.",
        {"type": "Assault", "agent": ["soldiers"], "target": ["crowd"]}),
    "officials in detention are held": (
        "Two officials in detention were charged with treason on Monday.",
        {"type": "Arrest", "target": ["officials"]}),
    "remarks by someone unnamed are no one's told": (
        "Prime Minister Netanyahu said the war would continue. Critics condemned the remarks by the defense minister.",
        {"type": "Criticism", "target": []}),
    "the remarks are who spoke, not who answered": (
        "Ethiopia's prime minister said Eritrea was planning an attack. Eritrea rejected the claims. Egypt condemned the remarks.",
        {"type": "Criticism", "agent": ["Egypt"], "target": ["Ethiopia"]}),
    "pirates a navy captures are held, and counted": (
        "Thirty-five Somali pirates captured by the Indian navy arrived in Mumbai on Saturday.",
        {"type": "Arrest", "agent": ["Indian navy"], "target": ["Somali pirates"], "count": (35, "exactly")}),
    "a spelled count at a sentence's head is no part of the group's name": (
        "Twenty-two protesters were arrested on Monday.",
        {"type": "Arrest", "target": ["protesters"], "count": (22, "exactly")}),
    "visa restrictions on foreign officials are a sanction": (
        "The United States in May imposed visa restrictions on Ethiopian officials.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Ethiopian officials"]}),
    "what protesters shut they shut in protest": (
        "Polling stations were shut by protesters in Bejaia.",
        {"type": "Protest", "agent": ["protesters"]}),
    "a military parade shows force": (
        "North Korea held a military parade in Pyongyang on Saturday.",
        {"type": "ForceDisplay", "agent": ["North Korea"], "place": ["Pyongyang"]}),
    "warning shots at whom are a show of force": (
        "The Israeli military said troops had fired warning shots at suspects approaching them.",
        {"type": "ForceDisplay", "agent": ["troops"], "target": ["suspects"]}),
    "a noun after 'his' joins no group's name": (
        "Senior figures of his government and senior party members are in jail.",
        {"type": "Arrest", "target": ["senior party members"]}),
    "a police patrol is struck": (
        "Authorities said a police patrol was attacked with explosives in Riobamba.",
        {"type": "Assault", "target": ["police patrol"], "source": ["authorities"]}),
    "staff members named by their place are struck": (
        "Staff members were beaten and at least two were shot, an employee said.",
        {"type": "Assault", "target": ["staff members"]}),
    "who is dragged out of an office is held": (
        "Nika Gvaramia was dragged out of a party headquarters by a group of men in balaclavas.",
        {"type": "Arrest", "target": ["Nika Gvaramia"]}),
    "the occupied West Bank is where": (
        "Israeli troops shot dead two Palestinians in the occupied West Bank on Tuesday.",
        {"type": "Assault", "place": ["Palestine"]}),
    "the comments condemned are the speaker's of the words told, even as a source": (
        "Army commander Juan Jose Zuniga said he would free political prisoners. Bolivia's government described the comments as unacceptable.",
        {"type": "Criticism", "target": ["Juan Jose Zuniga"]}),
    "the remark condemned is who spoke last": (
        "Prime Minister Sheikh Hasina said on Sunday that the protesters were traitors. Students condemned the remark as an insult.",
        {"type": "Criticism", "agent": ["students"], "target": ["Hasina"]}),
    "a move a relative clause condemns is the clause's subject's": (
        "Washington imposed sanctions on three officials, a move China condemned.",
        {"type": "Criticism", "agent": ["China"], "target": ["United States"]}),
    "a move set beside a clause is its subject's": (
        "Afghanistan's Taliban government on Tuesday banned women from universities, a move that drew condemnation from the United Nations.",
        {"type": "Criticism", "agent": ["United Nations"], "target": ["Taliban"]}),
    "the security forces condemned are no act": (
        "Police fired live rounds at protesters on Monday. Amnesty International condemned the security forces.",
        {"type": "Criticism", "target": ["security forces"]}),
    "the use of force condemned is by who used force last": (
        "Police fired live rounds at protesters on Monday, killing 19. Amnesty International condemned the use of lethal force.",
        {"type": "Criticism", "agent": ["Amnesty International"], "target": ["police"]}),
    "the latest in a wave of detentions names no one held": (
        "Police on Friday arrested a prominent opposition politician, lawyers said, the latest in a wave of detentions of critics of President Kais Saied.",
        {"type": "Arrest", "agent": ["police"], "target": []}),
    "hordes of migrants are the migrants": (
        "President Kais Saied accused \"hordes\" of illegal migrants of bringing violence.",
        {"type": "Accusation", "target": ["illegal migrants"]}),
    "an adjective the tagger reads for a noun takes its apposition's name": (
        "Federal prosecutors charged an Indian national, Nikhil Gupta, with plotting a murder.",
        {"type": "Accusation", "agent": ["Federal prosecutors"], "target": ["Nikhil Gupta"]}),
    "one of them named in an apposition is the one held": (
        "The UGTT union said one of its officials, Anis Kaabi, was arrested on Saturday.",
        {"type": "Arrest", "target": ["Anis Kaabi"]}),
    "who disperses protesters with tear gas uses force on them": (
        "Riot police dispersed protesters with tear gas and water cannon on Sunday.",
        {"type": "Assault", "agent": ["riot police"], "target": ["protesters"]}),
    "verbs joined share their subject, not the first one's object": (
        "Turkey blamed the PKK for the attack and launched air strikes on militant targets in Iraq.",
        {"type": "Assault", "agent": ["Turkey"]}),
    "a state's initials in the compound of an attack act": (
        "The commander was killed in a U.S. airstrike in Baghdad.",
        {"type": "Assault", "agent": ["United States"], "place": ["Baghdad"]}),
    "the general an apposition says was killed is the name": (
        "Qasem Soleimani, the general killed in a US drone strike in 2020, was honoured on Friday.",
        {"type": "Assault", "agent": ["United States"], "target": ["Qasem Soleimani"]}),
    "the Nth one killed is the victim": (
        "Rivera is at least the 30th journalist killed in Mexico this year, according to Article 19.",
        {"type": "Assault", "agent": [], "target": ["Rivera"]}),
    "the words of a body's name in a row are that body": (
        "The Kenya Coast Guard Service seized two trawlers on Monday. A fisherman accused the coast guard of seizing the boats illegally.",
        {"type": "Accusation", "target": ["Kenya Coast Guard Service"]}),
    "jailed for protesting last year is held": (
        "Police jailed Ana Ortiz for protesting last year.",
        {"type": "Arrest", "agent": ["police"], "target": ["Ana Ortiz"]}),
    "gunfire told before makes 'the fire' no blaze": (
        "Soldiers opened fire on protesters, and the fire killed three people.",
        {"type": "Assault", "agent": ["soldiers"]}),
    "a decision told wins over a later mover but the one just before": (
        "The EU imposed sanctions on Belarus on Monday. Lukashenko flew to Moscow on Tuesday. Officials said the visit was planned. Belarus condemned the move.",
        {"type": "Criticism", "target": ["European Union"]}),
    "researchers of a body speak for it": (
        "Researchers of Amnesty International said the police beat the men.",
        {"type": "Assault", "agent": ["police"], "source": ["Amnesty International"]}),
    "a commission named for rights may be 'the group'": (
        "The Human Rights Commission of Pakistan said police detained 40 activists in Lahore. The group said the arrests were illegal.",
        {"type": "Criticism", "agent": ["Human Rights Commission of Pakistan"]}),
    "'the group' with a speaker's aside is the group named before": (
        "The Tigray People's Liberation Front seized Mekelle on Monday. The group, Ethiopia said, killed 20 soldiers in the city.",
        {"type": "Assault", "agent": ["Tigray People's Liberation Front"], "target": ["soldiers"]}),
    "a body's name after a title is no portfolio": (
        "Head of International Monetary Fund Kristalina Georgieva said prices rose.",
        {"type": "Statement", "agent": ["Kristalina Georgieva"]}),
    "soldiers who beat a candidate strike him": (
        "Soldiers beat the opposition candidate Ana Ortiz at a checkpoint on Monday.",
        {"type": "Assault", "agent": ["soldiers"], "target": ["Ana Ortiz"]}),
    "a bullet that hits someone is an assault": (
        "A stray bullet hit a woman in the crowd on Monday.",
        {"type": "Assault", "target": ["woman"]}),
    "a name after a word for a person is a person's whatever the model reads": (
        "Police detained driver Paris Hilton in Los Angeles on Monday.",
        {"type": "Arrest", "agent": ["police"], "target": ["Paris Hilton"]}),
    "groups of men are the men": (
        "Groups of young Tunisian men attacked migrants in Sfax on Monday.",
        {"type": "Assault", "agent": ["Tunisian men"], "target": ["migrants"]}),
    "a promise that carries content is a statement": (
        "Kenya's government vowed that the schools would reopen on Monday.",
        {"type": "Statement", "agent": ["Kenya"]}),
    "a vow after a criticism is a threat of its own": (
        "Prime Minister Shehbaz Sharif condemned the attack, vowing that the perpetrators would be brought to justice.",
        {"type": "Threat", "agent": ["Shehbaz Sharif"]}),
    "who vowed that the bureau would bring those responsible to justice threatens": (
        "FBI Director Christopher Wray vowed that the bureau would bring those responsible to justice.",
        {"type": "Threat", "agent": ["Christopher Wray"]}),
    "who said the perpetrators would be brought to justice vowed to punish": (
        "Government spokesman Legesse Tulu said extremist elements would be brought to justice.",
        {"type": "Threat", "agent": ["Legesse Tulu"]}),
    "a nation's gunfire kills as the nation": (
        "Israeli gunfire killed two journalists in Gaza on Monday.",
        {"type": "Assault", "agent": ["Israel"], "target": ["journalists"]}),
    "a nation's fire kills as the nation": (
        "Two journalists were killed by Israeli fire in Gaza on Monday.",
        {"type": "Assault", "agent": ["Israel"], "target": ["journalists"]}),
    "who is killed by a state's weapons is killed by the state": (
        "Three people were killed by a Russian missile in Kharkiv on Monday.",
        {"type": "Assault", "agent": ["Russia"], "target": ["people"]}),
    "gunfire a nation's word qualifies still kills": (
        "Tank fire killed two soldiers near the border on Monday.",
        {"type": "Assault", "target": ["soldiers"]}),
    "a body's forces are not of a state its relative clause names": (
        "The MILF, which signed a peace deal with Manila in 2014, denied that its fighters had beaten the soldiers.",
        {"type": "Denial", "agent": ["Moro Islamic Liberation Front"], "target": []}),
    "who comes under fire from armed men is shot at": (
        "The engineers came under fire from about 50 armed men on Wednesday.",
        {"type": "Assault", "agent": ["armed men"]}),
    "the move is by who acted before a sentence of no act": (
        "The European Commission imposed duties of up to 37.6% on electric vehicles from China on Friday. The duties will become definitive in November. China's commerce ministry condemned the move as naked protectionism.",
        {"type": "Criticism", "target": ["European Commission"]}),
    "the move is by who last acted a few sentences back": (
        "Canada on Monday ordered the expulsion of a Chinese diplomat. Foreign Minister Melanie Joly said the diplomat must leave within five days. The opposition called on the government to set up a registry of foreign agents. China's embassy in Ottawa condemned the move.",
        {"type": "Criticism", "agent": ["China's embassy"], "target": ["Canada"]}),
    "jailed for days is held": (
        "Police jailed the activist Ana Ortiz for two days without charge.",
        {"type": "Arrest", "agent": ["police"], "target": ["Ana Ortiz"]}),
    "a person named beside a body's spokesman is no body": (
        "\"These decisions do not concern us,\" a spokesman for the group, Mohammed Abdulsalam, wrote on X, accusing Washington and London of militarising the Red Sea.",
        {"type": "Accusation", "agent": ["Mohammed Abdulsalam"]}),
    "relatives of victims are the source, not the victims": (
        "Relatives of the victims said the police shot the men.",
        {"type": "Assault", "agent": ["police"], "source": ["relatives"]}),
    "supporters of a person speak for themselves": (
        "Supporters of Imran Khan say the vote was rigged.",
        {"type": "Accusation", "agent": ["supporters"]}),
    "a body named beside 'the group' is the group": (
        "Newcastle won the match against the Saudi-owned club. The group, NUFC Fans Against Sportswashing, said the Public Investment Fund was using the club.",
        {"type": "Statement", "agent": ["NUFC Fans Against Sportswashing"]}),
    "the chief of a body the gazetteer lacks is who the story gave its top role": (
        "IAEA Director General Rafael Grossi visited the plant on Friday. The IAEA chief said the situation was dangerous.",
        {"type": "Statement", "agent": ["Rafael Grossi"]}),
    "the body's chief is the one the story gave its top role": (
        "UN Secretary-General Antonio Guterres arrived in Islamabad on Friday. \"I have never seen climate carnage on this scale,\" the UN chief said.",
        {"type": "Statement", "agent": ["Antonio Guterres"]}),
    "a portfolio ending the words before a name set off by commas is the title's": (
        "The UN High Commissioner for Human Rights, Volker Türk, condemned the detentions as \"deeply troubling\".",
        {"type": "Criticism", "agent": ["Volker Türk"]}),
    "a title's portfolio the model reads into a person is the title's": (
        "Coordinating Minister for Infrastructure Agus Harimurti Yudhoyono said the government was considering several options.",
        {"type": "Statement", "agent": ["Agus Harimurti Yudhoyono"]}),
    "a title's portfolio before a name is no part of the name": (
        "UN High Commissioner for Human Rights Volker Turk urged the government to end the violence.",
        {"type": "Statement", "agent": ["Volker Turk"]}),
    "who speaks after the comma is no one arrested": (
        "Police arrested two protesters, Maria Lopez told reporters.",
        {"type": "Arrest", "target": ["protesters"], "source": ["Maria Lopez"]}),
    "the persons set beside a group arrested are the ones arrested": (
        "Police detained two opposition leaders, Jawhar Ben Mbarek and Ghazi Chaouachi, on Saturday.",
        {"type": "Arrest", "agent": ["police"], "target": ["Jawhar Ben Mbarek", "Ghazi Chaouachi"]}),
    "a bloc's travel bans are a sanction": (
        "The European Union has imposed asset freezes and travel bans on officials.",
        {"type": "Sanction", "agent": ["European Union"]}),
    "a delegation meets": (
        "The delegation met on Monday in Geneva.",
        {"type": "Meeting", "agent": ["delegation"]}),
    "the move after an older arrest is by who acted last": (
        "Police arrested two activists on Monday. On Tuesday, Canada expelled a Chinese diplomat. China condemned the move.",
        {"type": "Criticism", "target": ["Canada"]}),
    "an arrest clashes lead to is an arrest": (
        "Police fired tear gas during clashes leading to the arrest of 40 protesters.",
        {"type": "Arrest", "target": ["protesters"]}),
    "who is dragged out and shot suffers the assault": (
        "Soldiers dragged three men from a bus and shot them dead.",
        {"type": "Assault", "agent": ["soldiers"], "target": ["men"]}),
    "one of a trade the parse makes a second object is the person named": (
        "His government has since pursued Isabel dos Santos, the former president's daughter and once Africa's richest woman, who has been charged with embezzlement.",
        {"type": "Accusation", "target": ["Isabel dos Santos"]}),
    "a killing in the background is not the subject's": (
        "Germany expelled two Russian diplomats on Tuesday over the killing of a Georgian man in Berlin.",
        {"type": "Assault", "agent": [], "target": ["Georgian man"]}),
    "one man set beside a name is that person": (
        "A 24-year-old man, José Guadalupe Rivera, who was allegedly guarding the victims, was arrested.",
        {"type": "Arrest", "target": ["José Guadalupe Rivera"]}),
    "one man arrested is the target": (
        "Police arrested a 22-year-old man in Marrakech on Thursday.",
        {"type": "Arrest", "agent": ["police"], "target": ["man"]}),
    "one woman killed is the target": (
        "A Mexican woman was killed by a stray bullet during the attack.",
        {"type": "Assault", "target": ["Mexican woman"]}),
    "who will be detained is an arrest planned": (
        "The suspects will be detained until the trial, police said.",
        {"type": "Arrest", "status": "planned", "target": ["suspects"]}),
    "a group's own state is no target of its words": (
        "A Turkish security official said Turkey would closely monitor the deal.",
        {"type": "Statement", "agent": ["Turkish security official"], "target": []}),
    "the move is by who acted in the act told before its teller": (
        "Canada expelled a Chinese diplomat on Monday, officials said. China's embassy in Ottawa condemned the move.",
        {"type": "Criticism", "target": ["Canada"]}),
    "the move is by who acted in the sentence before": (
        "Canada expelled a Chinese diplomat on Monday. China's embassy in Ottawa condemned the move.",
        {"type": "Criticism", "agent": ["China's embassy"], "target": ["Canada"]}),
    "who an attack was organised by did it": (
        "Prosecutors said the attack on Leonid Volkov had been organised by the Russian military.",
        {"type": "Assault", "agent": ["Russian military"], "target": ["Leonid Volkov"]}),
    "many of those killed shot by police: the police's assault": (
        "More than 700 people were killed during the protests, many of them shot by police.",
        {"type": "Assault", "agent": ["police"], "target": ["people"]}),
    "a vow quoted in part threatens": (
        "Narendra Modi vowed to \"identify, track and punish every terrorist and their backers\" on Thursday.",
        {"type": "Threat", "agent": ["Narendra Modi"]}),
    "words that one will not tolerate an act threaten": (
        "France said it will not tolerate any attack against its nationals and interests.",
        {"type": "Threat", "agent": ["France"]}),
    "a warning of the penalties others face threatens": (
        "Louis Le Franc said 206 people had been arrested since Monday and warned that rioters faced heavy penalties.",
        {"type": "Threat", "agent": ["Louis Le Franc"]}),
    "a warning that the clause the parse hangs on its time tells threatens": (
        "Moscow warned at the time that it would take counter-measures.",
        {"type": "Threat", "agent": ["Russia"]}),
    "a warning of what one's own fighters would do threatens": (
        "Jimmy Chérizier warned in a video posted on social media that his fighters would treat the Kenyans as invaders.",
        {"type": "Threat", "agent": ["Jimmy Chérizier"]}),
    "a warning that one's own force would not tolerate an act threatens": (
        "Army chief Ahmed Gaid Salah warned that the army would not tolerate attempts to disrupt the vote.",
        {"type": "Threat", "agent": ["Ahmed Gaid Salah"], "target": []}),
    "a state's export ban is an embargo": (
        "China has banned exports to the United States of gallium and germanium.",
        {"type": "Sanction", "agent": ["China"]}),
    "a state's restrictions on another state's industry are a sanction": (
        "Washington announced new restrictions on China's chip industry.",
        {"type": "Sanction", "agent": ["United States"], "target": ["China"]}),
    "visa restrictions on another state's officials are a sanction": (
        "Washington has since imposed visa restrictions on Ugandan officials.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Ugandan officials"]}),
    "the UN's agency after the EU's is another": (
        "The EU's border agency Frontex deployed 50 officers to Finland on Monday. Human rights groups have criticised the closures. The UN refugee agency, UNHCR, said it was concerned.",
        {"type": "Statement", "agent": ["UNHCR"]}),
    "a body of the UN named beside its name is that name": (
        "The UN refugee agency, UNHCR, said it was concerned about the closures.",
        {"type": "Statement", "agent": ["UNHCR"]}),
    "a body of the UN named by what it does is its own": (
        "The U.N. refugee agency said 60,000 people had fled into Sudan.",
        {"type": "Statement", "agent": ["U.N. refugee agency"]}),
    "a possessive ends no body's name": (
        "The Ombudsman's Office called on the government to guarantee the right to protest.",
        {"type": "Statement", "agent": ["Ombudsman's Office"]}),
    "publishing records is a data leak": (
        "Hackers have begun publishing the private medical records of customers of Medibank.",
        {"type": "DataLeak", "agent": ["hackers"], "target": ["customers"]}),
    "who protests were organised by holds them": (
        "The protests, organised on social media by the opposition party, began on Thursday.",
        {"type": "Protest", "agent": ["opposition party"]}),
    "who an attack set off by commas was carried out by did it": (
        "The attack, carried out by Islamic State militants, killed 12 people.",
        {"type": "Assault", "agent": ["Islamic State"], "target": ["people"]}),
    "who an attack was carried out by did it": (
        "The attack was carried out by militants of the Islamic State.",
        {"type": "Assault", "agent": ["Islamic State"]}),
    "who a strike was called by holds it": (
        "The three-day strike was called by the Angolan Association of Taxi Drivers.",
        {"type": "Protest", "agent": ["Angolan Association of Taxi Drivers"]}),
    "an armed group owned by its country attacks, not the country": (
        "The Indian navy has responded to at least 18 incidents in the region since mid-December, including drone and missile attacks by Yemen's Houthi rebels on commercial shipping.",
        {"type": "Assault", "agent": ["Houthis"]}),
    "who a by-phrase's owner owns protests, not the owner": (
        "Police arrested Imran Khan on Tuesday, sparking protests by his supporters.",
        {"type": "Protest", "agent": ["supporters"]}),
    "a person's sex from the noun beside the name": (
        "Police on Wednesday arrested opposition lawmaker Tefo Mapesela. Mapesela was taken from his home by armed officers, his wife, Mamosa Mapesela, said. He was later charged with incitement to public violence.",
        {"type": "Accusation", "target": ["Tefo Mapesela"]}),
    "an unnamed speaker goes on speaking": (
        "Viktor Orbán met Xi Jinping on Monday. A protester said he had thrown stones at the officers. He added that he would march again.",
        {"type": "Protest", "agent": ["protester"]}),
    "he in the clause of one unnamed person is that person": (
        "Viktor Orbán met Xi Jinping on Monday. A protester said he had thrown stones at the officers.",
        {"type": "Assault", "agent": ["protester"], "target": ["officers"]}),
    "he after a quote is the last sentence's subject named beside its noun": (
        "Chelsea's head coach, Enzo Maresca, blamed the referee, Anthony Taylor, for failing to award a penalty. \"Everybody in the stadium saw it,\" he said.",
        {"type": "Statement", "agent": ["Enzo Maresca"]}),
    "initials inside a person's name": (
        "George W. Bush said the report was wrong.",
        {"type": "Statement", "agent": ["George W. Bush"]}),
    "a name with a generation is its surname after": (
        "Ferdinand Marcos Jr. won the election. Marcos said the vote was fair.",
        {"type": "Statement", "agent": ["Ferdinand Marcos Jr."]}),
    "a generation ends a person's name": (
        "President Ferdinand Marcos Jr. urged the rebels to surrender.",
        {"type": "Statement", "agent": ["Ferdinand Marcos Jr."]}),
    "a charge's crime with its own victims is an act": (
        "He was charged with killing two police officers in Lagos.",
        {"type": "Assault", "target": ["police officers"]}),
    "a participle after an accusation's deed is the accused's": (
        "The Philippines has accused China's coast guard of firing water cannon at two of its fisheries vessels near the disputed Scarborough Shoal, damaging one of them and injuring a crew member.",
        {"type": "Assault", "agent": ["coast guard"]}),
    "members of a named group captured are people arrested": (
        "The army has captured two suspected members of the National Liberation Army.",
        {"type": "Arrest", "agent": ["army"], "target": ["National Liberation Army"]}),
    "sanctions renewed are imposed again, no re-mention": (
        "The European Union renewed its sanctions on Myanmar's junta in April.",
        {"type": "Sanction", "agent": ["European Union"]}),
    "acts that must stop are a demand, no act": (
        "UN envoy Carlos Ruiz Massieu said attacks on civilians must stop.",
        {"type": "Statement", "agent": ["Carlos Ruiz Massieu"]}),
    "a claim joined to a denial is a statement of its own": (
        "Boluarte has denied any wrongdoing and said she would serve out her term until 2026.",
        {"type": "Statement", "agent": ["Boluarte"]}),
    "a claim joined to a criticism is a statement of its own": (
        "Kremlin spokesman Dmitry Peskov called the restrictions discriminatory and said Russia would not advise its athletes to take part.",
        {"type": "Statement", "agent": ["Dmitry Peskov"]}),
    "words vowing to hold those responsible to account threaten": (
        "“We will not hesitate to hold those responsible to account,” Foreign Secretary David Cameron said.",
        {"type": "Threat", "agent": ["David Cameron"]}),
    "words vowing that those who do it will be punished threaten": (
        "“Those who plunder it will be punished,” said Fatou Diouf.",
        {"type": "Threat", "agent": ["Fatou Diouf"], "status": "threatened"}),
    "a warning of what any such act would be treated as threatens": (
        "South Africa has warned that any further attack on its troops would be treated as a declaration of war.",
        {"type": "Threat", "agent": ["South Africa"], "status": "threatened"}),
    "a mob that lynched is an assault": (
        "A mob lynched two men in Lagos on Monday.",
        {"type": "Assault", "agent": ["mob"], "target": ["men"]}),
    "protesters attacking police is an assault": (
        "Protesters attacked police with stones in Nairobi on Tuesday.",
        {"type": "Assault", "agent": ["protesters"], "target": ["police"]}),
    "protesters storming a building is a violent protest": (
        "Thousands of young demonstrators stormed Parliament in Nairobi on June 25 last year.",
        {"type": "Protest", "agent": ["demonstrators"]}),
    "they who speak on are the teller": (
        "Rebels seized the town, local officials said. They added that the rebels had killed 20 people.",
        {"type": "Statement", "agent": ["local officials"]}),
    "they who act are the told clause's subject, not its teller": (
        "Fishermen marched to the port on Monday, authorities said. Some of them threatened to confront the trawlers.",
        {"type": "Threat", "agent": ["fishermen"]}),
    "they who were acted on in a clause told before its teller are released": (
        "Police detained 40 protesters in Nairobi on Monday, local officials said. They were released late at night.",
        {"type": "Release", "target": ["protesters"]}),
    "the N-year-old is the person the story names most, not one named in passing": (
        "Opposition figure Jawar Mohammed was freed on Friday. Jawar was arrested in 2020 after the killing of singer Hachalu Hundessa. The 35-year-old went on a hunger strike in 2021 to protest against his detention.",
        {"type": "Protest", "agent": ["Jawar Mohammed"]}),
    "the N-year-old as subject is the person just told of": (
        "Turkish police detained lawyer Ahmet Ozer on Tuesday. The 64-year-old denied the allegations in court.",
        {"type": "Denial", "agent": ["Ahmet Ozer"]}),
    "the it of a relative clause skips a clause with no subject": (
        "Latvia has declared a state of emergency along its border because of migrants crossing from Belarus, which it accuses of weaponising migration.",
        {"type": "Accusation", "agent": ["Latvia"], "target": ["Belarus"]}),
    "the it of a relative clause is the subject of the clause above it": (
        "Germany said it expected the standards of democracy to apply. India summoned a senior German diplomat to protest against the remarks, which it called \"blatant interference\" in its internal affairs.",
        {"type": "Criticism", "agent": ["India"]}),
    "a reflexive in a relative clause is the one it tells of": (
        "Governor Ruben Rocha Moya, who has himself faced accusations from opposition lawmakers of ties to the cartel, said police had identified a suspect.",
        {"type": "Accusation", "target": ["Ruben Rocha Moya"]}),
    "a claim a relative clause denies is not its noun": (
        "The group detained dozens of aid workers last year and accused them of spying for the United States and Israel, which the UN has denied.",
        {"type": "Denial", "target": []}),
    "a body a relative pronoun stands for gives the loan it approved": (
        "The International Monetary Fund, which approved a $1.3 billion loan for Zambia in 2022, said growth was strong.",
        {"type": "Loan", "agent": ["International Monetary Fund"], "target": ["Zambia"]}),
    "the it of a relative clause naming no one is no one": (
        "The Minority in parliament has repeatedly criticised Finance Minister Ken Ofori-Atta, whom it accuses of mismanaging the economy.",
        {"type": "Accusation", "agent": [], "target": ["Ken Ofori-Atta"]}),
    "the it of a relative clause is the main clause subject, not the noun it tells of": (
        "Latvia has declared a state of emergency on its border with Belarus, which it accuses of pushing migrants across.",
        {"type": "Accusation", "agent": ["Latvia"], "target": ["Belarus"]}),
    "a relative clause with no pronoun is done to its noun": (
        "The European Union has imposed sanctions on people it accuses of destabilising Moldova.",
        {"type": "Accusation", "agent": ["European Union"], "target": ["people"]}),
    "whom a named subject accuses is the target": (
        "Thousands demonstrated in Bratislava against Prime Minister Robert Fico, whom organisers accuse of steering Slovakia toward Russia.",
        {"type": "Accusation", "agent": ["organisers"], "target": ["Robert Fico"]}),
    "the accused a relative pronoun stands for is the target": (
        "President Donald Trump on Saturday invoked a wartime law against members of Tren de Aragua, which he accused of invading the United States.",
        {"type": "Accusation", "agent": ["Donald Trump"], "target": ["Tren de Aragua"]}),
    "forces of a named mission deployed show its force": (
        "The government says that forces of the United Nations Multidimensional Integrated Stabilization Mission have been deployed to protect civilians.",
        {"type": "ForceDisplay", "agent": ["United Nations Multidimensional Integrated Stabilization Mission"], "target": []}),
    "troops loyal to a named body are that body acting": (
        "Troops loyal to the Government of National Unity attacked the base on Monday.",
        {"type": "Assault", "agent": ["Government of National Unity"]}),
    "fighters of a named organisation are the organisation acting": (
        "Fighters of the Rapid Support Forces attacked the camp on Monday.",
        {"type": "Assault", "agent": ["Rapid Support Forces"]}),
    "calling a case a publicity stunt criticises": (
        "Abu Dhabi called the case a cynical publicity stunt.",
        {"type": "Criticism", "agent": ["United Arab Emirates"]}),
    "calling a move an act of persecution criticises": (
        "CONAIE president Marlon Vargas called the move an act of persecution.",
        {"type": "Criticism", "agent": ["Marlon Vargas"]}),
    "a vow to continue attacks is a threat": (
        "The Houthis vowed to continue attacks against U.S. warships, a spokesman said.",
        {"type": "Threat", "status": "threatened", "agent": ["Houthis"], "target": ["United States"]}),
    "a vow to keep fighting someone threatens them": (
        "Burhan vowed to keep fighting the Rapid Support Forces until victory.",
        {"type": "Threat", "status": "threatened", "agent": ["Burhan"], "target": ["Rapid Support Forces"]}),
    "two states that exchanged fire clash": (
        "India and Pakistan exchanged fire across the border on Monday.",
        {"type": "Assault", "agent": ["India", "Pakistan"], "date": "2024-03-04"}),
    "two demonyms joined before an airstrike are two states acting": (
        "A joint Russian and Syrian airstrike killed 12 people in Idlib.",
        {"type": "Assault", "agent": ["Russia", "Syria"], "target": ["people"]}),
    "two demonyms joined before warplanes are two states acting": (
        "American and British warplanes hit 18 sites in Yemen on Monday.",
        {"type": "Assault", "agent": ["United States", "United Kingdom"]}),
    "\"the rebels\" are the armed group the story called rebels": (
        "Yemen's Houthi rebels said on Monday that they would keep up their campaign. The rebels fired two missiles at a U.S. destroyer on Tuesday.",
        {"type": "Assault", "agent": ["Houthis"], "target": ["United States"]}),
    "\"the militants\" are the armed group militants were linked with": (
        "Militants linked with the banned Baloch Liberation Army seized a train on Tuesday. The militants killed 21 hostages, officials said.",
        {"type": "Assault", "agent": ["Baloch Liberation Army"], "target": ["hostages"]}),
    "\"the fighters\" are the armed group whose fighters the story told": (
        "Some 30 fighters of the Kurdistan Workers' Party arrived near an army post on Friday. The fighters killed three soldiers.",
        {"type": "Assault", "agent": ["Kurdistan Workers' Party"], "target": ["soldiers"]}),
    "\"the militants\" after other militants were told are those": (
        "Hamas militants said on Monday that they would fight on. Other militants arrived in a village in the north on Tuesday. The militants killed five people.",
        {"type": "Assault", "agent": ["militants"], "target": ["people"]}),
    "\"the militants\" of a rival faction are not the group named before": (
        "The militant group Hamas said on Monday that it would fight on. The militants of a rival faction killed five people.",
        {"type": "Assault", "agent": ["militants"], "target": ["people"]}),
    "an Iraqi militia named with Hezbollah is not Hezbollah": (
        "Kataib Hezbollah claimed the drone attack on Monday.",
        {"type": "Assault", "agent": ["Kataib Hezbollah"]}),
    "an offensive launched against a group attacks it": (
        "Turkey launched an air and ground offensive against the PKK on Sunday.",
        {"type": "Assault", "agent": ["Turkey"], "target": ["Kurdistan Workers' Party"]}),
    "who an attack is blamed on did it": (
        "The bombing was blamed on the PKK.",
        {"type": "Assault", "agent": ["Kurdistan Workers' Party"], "target": []}),
    "a missile that crashed into a hospital killing people attacks": (
        "A Russian missile crashed into a hospital in Kharkiv, killing three people.",
        {"type": "Assault", "agent": ["Russia"]}),
    "a speaker named in the apposition of a title after 'said' speaks": (
        "The situation was calm, said the head of the SADC observer mission, Frederick Shava.",
        {"type": "Statement", "agent": ["Frederick Shava"]}),
    "a government under attack from the opposition is criticised by it": (
        "The government came under attack from the opposition over the deal.",
        {"type": "Criticism", "agent": ["opposition"]}),
    "a note of protest issued to a state criticises it": (
        "Lithuania issued a note of protest to Belarus on Monday.",
        {"type": "Criticism", "agent": ["Lithuania"], "target": ["Belarus"]}),
    "guards who walk out of a jail in protest protest": (
        "Prison guards walked out of the jail in protest over unpaid wages.",
        {"type": "Protest", "agent": ["Prison guards"]}),
    "a fire set by students that kills is an assault": (
        "Fire at a school set by students killed 20 girls.",
        {"type": "Assault", "target": ["girls"]}),
    "who is threatened by people is threatened": (
        "Workers were threatened by their employer with dismissal.",
        {"type": "Threat", "target": ["workers"]}),
    "who lends a hand with a loan lends": (
        "Japan lent its support to the Philippines with a $400 million loan.",
        {"type": "Loan", "agent": ["Japan"], "target": ["Philippines"]}),
    "an election of a past year one was ahead of is past": (
        "Ahead of the 2020 election, police arrested 20 activists.",
        {"type": "Election", "status": "occurred", "date": "2020"}),
    "an airline named 'Air' and a state is the airline": (
        "Air India said on Monday it would cancel 40 flights.",
        {"type": "Statement", "agent": ["Air India"]}),
    "a treasurer's title is no part of the name": (
        "Treasurer Jim Chalmers said the budget would return to surplus.",
        {"type": "Statement", "agent": ["Jim Chalmers"]}),
    "a minister's words that an act will not be done are her statement": (
        "“We will not pay,” said Anna Kowalski, the finance minister.",
        {"type": "Statement", "agent": ["Anna Kowalski"]}),
    "a verb in a tense joined after a modal's clause takes no modal": (
        "Peskov said Moscow was ready to help and blamed Kyiv for the crisis.",
        {"type": "Accusation", "status": "occurred", "agent": ["Peskov"], "target": ["Ukraine"]}),
    "who is threatened by men is threatened by them": (
        "The journalist was threatened by unknown men on Monday.",
        {"type": "Threat", "agent": ["unknown men"], "target": ["journalist"]}),
    "who said it was shocked and urged others appeals to them": (
        "The UN human rights office said it was shocked by the killings and urged the authorities to show restraint.",
        {"type": "Statement", "agent": ["UN human rights office"], "target": ["authorities"]}),
    "who said officers had been injured and accused groups accuses them": (
        "Interior Minister Andrés Chadwick said 156 police officers had been injured and accused organised groups of carrying out the attack.",
        {"type": "Accusation", "agent": ["Andrés Chadwick"]}),
    "a noun between 'and' and a passive verb is its subject": (
        "Police confronted the marchers and several students were bundled into vans.",
        {"type": "Arrest", "target": ["students"]}),
    "a sum transferred to a bank is a payment to it": (
        "Qatar transferred $2 billion to Egypt's central bank last month.",
        {"type": "Payment", "agent": ["Qatar"], "target": ["Egypt's central bank"]}),
    "shots fired into the air show force": (
        "An Algerian navy vessel fired shots into the air to warn off a fishing boat.",
        {"type": "ForceDisplay", "agent": ["Algerian navy"]}),
    "masked men deployed show force": (
        "Masked men were deployed outside the parliament building, residents said.",
        {"type": "ForceDisplay", "agent": ["men"], "target": []}),
    "lawmakers who walk out of a session protest": (
        "Opposition lawmakers walked out of the session on Tuesday.",
        {"type": "Protest", "agent": ["opposition lawmakers"]}),
    "who walks out of prison is freed": (
        "Sami Ben Salah walked out of Mornaguia prison on Tuesday after a presidential pardon.",
        {"type": "Release", "target": ["Sami Ben Salah"]}),
    "who said officers were killed and accused others accuses them": (
        "Police said two officers were killed and accused the rebels of the attack.",
        {"type": "Accusation", "agent": ["police"], "target": ["rebels"]}),
    "an unnamed speaker who said people died and blamed others is no one of the dead": (
        "The ministry said 12 people had died and blamed the rebels for the attack.",
        {"type": "Accusation", "agent": [], "target": ["rebels"]}),
    "a train that came under attack is attacked": (
        "The train was carrying roughly 450 passengers, when it came under attack while passing through a tunnel.",
        {"type": "Assault", "target": ["passengers"]}),
    "a by-election is an election, which who lost did not win": (
        "The Labour Party lost a by-election in Runcorn on Thursday.",
        {"type": "Election", "agent": [], "date": "2024-03-07"}),
    "who beats a rival in a runoff wins the election": (
        "Maia Sandu beat Igor Dodon in the runoff.",
        {"type": "Election", "agent": ["Maia Sandu"]}),
    "a weekday after 'ahead of' and a past clause is past": (
        "Ahead of the talks, which were held on Monday, police arrested 20 activists.",
        {"type": "Arrest", "status": "occurred"}),
    "the weekday of an election one is ahead of is the one to come": (
        "Ahead of Sunday's election, police arrested 20 activists.",
        {"type": "Election", "status": "planned", "date": "2024-03-10"}),
    "an arrest before a vote to come is done, on the weekday past": (
        "On Friday, ahead of the vote, police arrested 20 activists.",
        {"type": "Arrest", "status": "occurred", "date": "2024-03-08"}),
    "the month of an election one is ahead of is not the rally's": (
        "Ahead of the election in October, thousands of protesters rallied in Chisinau.",
        {"type": "Protest", "status": "occurred", "date": None}),
    "an election one is ahead of is to come, in the month to come": (
        "Ahead of the election in October, thousands of protesters rallied in Chisinau.",
        {"type": "Election", "status": "planned", "date": "2024-10"}),
    "a rally called for a weekday is planned for the one to come": (
        "The opposition has called a rally for Sunday in Warsaw.",
        {"type": "Protest", "status": "planned", "date": "2024-03-10"}),
    "a convoy under attack from militants is attacked by them": (
        "A police convoy came under attack from militants near Quetta on Monday.",
        {"type": "Assault", "agent": ["militants"]}),
    "who come under fire from militants are attacked by them": (
        "Soldiers came under fire from Al-Shabaab militants near Kismayo on Monday.",
        {"type": "Assault", "agent": ["Al-Shabaab"], "target": ["soldiers"]}),
    "a bomb explosion that kills is an assault": (
        "A bomb explosion killed 21 soldiers in Balochistan on Monday.",
        {"type": "Assault", "target": ["soldiers"]}),
    "who steps up patrols shows force": (
        "Soldiers stepped up patrols in Noumea on Sunday.",
        {"type": "ForceDisplay", "agent": ["soldiers"], "place": ["Noumea"]}),
    "names and phone numbers posted of people are their data leaked": (
        "Hackers posted the names and phone numbers of 300 police officers online.",
        {"type": "DataLeak", "agent": ["hackers"], "target": ["police officers"]}),
    "home addresses published of people are their data leaked": (
        "Hackers published the home addresses of 40 judges on Monday.",
        {"type": "DataLeak", "agent": ["hackers"], "target": ["judges"]}),
    "who lodges a protest after summoning an envoy is who criticises": (
        "The Philippines summoned the Chinese ambassador and lodged a protest on Friday.",
        {"type": "Criticism", "agent": ["Philippines"]}),
    "a protest note lodged with a state is a criticism of it": (
        "Jakarta lodged a protest note with Beijing on Friday.",
        {"type": "Criticism", "agent": ["Indonesia"], "target": ["China"]}),
    "a past tense with an object of its own under 'said' is active": (
        "Gunmen on motorbikes shot dead two teachers in Mindanao on Monday, the army said.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["teachers"], "source": ["army"]}),
    "states and a bloc listed before 'said' speak together": (
        "The United States, Britain and the EU said they would not recognise the result.",
        {"type": "Statement", "agent": ["United States", "United Kingdom", "European Union"], "target": []}),
    "states who have both said speak together": (
        "Britain and France have both said they would not recognise the result.",
        {"type": "Statement", "agent": ["United Kingdom", "France"]}),
    "the state of a body's spokesman is no one he speaks of": (
        "Kremlin spokesman Dmitry Peskov said Moscow had no objection to the talks.",
        {"type": "Statement", "agent": ["Dmitry Peskov"], "target": []}),
    "a body's own state is no one it speaks of": (
        "A State Department spokesman said Washington had raised concerns with India.",
        {"type": "Statement", "target": ["India"]}),
    "the ends of a ship's route are no one spoken of": (
        "The cargo ship, which was sailing from Greece to Egypt, was hit by a drone, the coast guard said.",
        {"type": "Statement", "agent": ["coast guard"], "target": []}),
    "parts of a city are where, not whom": (
        "WFP said it could not reach parts of Khartoum.", {"type": "Statement", "target": []}),
    "students who occupy a building protest": (
        "Hundreds of students occupied the university's administration block on Monday.",
        {"type": "Protest", "agent": ["students"]}),
    "protesters who attack police assault them": (
        "Protesters attacked police officers on Tuesday.",
        {"type": "Assault", "agent": ["protesters"], "target": ["police officers"]}),
    "who trounces rivals in an election won it": (
        "Nayib Bukele trounced his rivals in the February 4 election.", {"type": "Election", "agent": ["Nayib Bukele"]}),
    "a body named after a word joined to pro- still acts": (
        "The pro-Turkish Syrian National Army attacked Kurdish fighters near Manbij.",
        {"type": "Assault", "agent": ["Syrian National Army"]}),
    "voters beaten at the polls are beaten": (
        "Police beat voters at the polls in Harare.", {"type": "Assault", "agent": ["police"], "target": ["voters"]}),
    "an election at which people are beaten is won by none of them": (
        "Police beat voters at the polls in Harare.", {"type": "Election", "agent": []}),
    "who beat a candidate in a runoff, told in the passive, won it": (
        "Kemal Kilicdaroglu, who was beaten by Recep Tayyip Erdogan in the runoff, resigned.",
        {"type": "Election", "agent": ["Recep Tayyip Erdogan"]}),
    "talks a government holds with a group are a meeting": (
        "The government held talks with protesters on Friday.", {"type": "Meeting"}),
    "payments a suspension is over are made": (
        "The government suspended the official over payments of $3 million to his wife's firm.", {"type": "Payment"}),
    "who is named after 'also detained was' is detained": (
        "Also detained was the former governor, Luis Otero.", {"type": "Arrest", "target": ["Luis Otero"]}),
    "who is named after 'among those freed was' is freed": (
        "Among those freed was opposition leader Juan Perez.", {"type": "Release", "target": ["Juan Perez"]}),
    "a fund facility approved for a state is a loan to it": (
        "The IMF approved a $1.1 billion Extended Fund Facility for Jordan on Monday.",
        {"type": "Loan", "agent": ["International Monetary Fund"], "target": ["Jordan"]}),
    "budget support provided to a state is a loan to it": (
        "The World Bank provided $500 million in budget support to Kenya in May.",
        {"type": "Loan", "agent": ["World Bank"], "target": ["Kenya"], "date": "2023-05"}),
    "a firm named with an industry word speaks, and its description after": (
        'Halcyon Maritime said the ship was hit by a missile. "We had no warning at all," the company said.',
        {"type": "Statement", "agent": ["Halcyon Maritime"]}),
    "a demonym and an industry word name a body": (
        "Danish Shipping, the industry association, welcomed the deployment on Monday.",
        {"type": "Statement", "agent": ["Danish Shipping"]}),
    "forces of ours ready to respond if another acts threaten it": (
        '"If Pakistan violates our territory again, our armed forces are ready to give a strong response," Taliban '
        'spokesman Zabihullah Mujahid said.',
        {"type": "Threat", "status": "threatened", "agent": ["Zabihullah Mujahid"], "target": ["Pakistan"]}),
    "who rides in a car fired on is fired on": (
        "Evo Morales said gunmen fired on his car on Sunday.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["Evo Morales"], "source": ["Evo Morales"]}),
    "who a bus fired on carries is fired on": (
        "Gunmen fired on a bus carrying pilgrims in Kashmir on Sunday.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["pilgrims"], "place": ["Kashmir"]}),
    "who presses a state to act appeals to it": (
        "The United States pressed Pakistan to release the activists.",
        {"type": "Statement", "agent": ["United States"], "target": ["Pakistan"]}),
    "who an election was lost to won it": (
        "Raila Odinga, who lost to William Ruto in the 2022 election, called for protests.",
        {"type": "Election", "agent": ["William Ruto"]}),
    "human rights organisations condemn as rights groups do": (
        "Human rights organisations condemned the arrests.",
        {"type": "Criticism", "agent": ["human rights organisations"]}),
    "a premier is a title, no part of the name": (
        "Chinese Premier Li Qiang met President William Ruto in Beijing.",
        {"type": "Meeting", "agent": ["Li Qiang", "William Ruto"]}),
    "an election in a year to come is planned and won by no one": (
        "The junta set out a roadmap to elections in 2026.",
        {"type": "Election", "status": "planned", "agent": [], "date": "2026"}),
    "a formal charge to come is a planned accusation": (
        "The two suspects will be charged with kidnapping, police said.",
        {"type": "Accusation", "status": "planned", "target": ["suspects"]}),
    "prosecutors who plan to indict accuse, planned": (
        "Prosecutors plan to indict Juan Perez next week.",
        {"type": "Accusation", "status": "planned", "agent": ["prosecutors"], "target": ["Juan Perez"]}),
    "who defeats a rival in an election is its agent": (
        "Bola Tinubu defeated Atiku Abubakar in the February election.",
        {"type": "Election", "agent": ["Bola Tinubu"], "target": []}),
    "who is declared the winner of an election is its agent": (
        "Anura Kumara Dissanayake was declared the winner of the presidential election on Sunday.",
        {"type": "Election", "agent": ["Anura Kumara Dissanayake"]}),
    "who beats a rival in a runoff wins it": (
        "Recep Tayyip Erdogan beat Kemal Kilicdaroglu in the runoff vote on Sunday.",
        {"type": "Election", "agent": ["Recep Tayyip Erdogan"]}),
    "who holds the positions shelled is shelled": (
        "Troops shelled positions held by the rebels overnight.", {"type": "Assault", "target": ["rebels"]}),
    "whose hideouts are bombed is bombed": (
        "The army bombed hideouts of the militants.", {"type": "Assault", "agent": ["army"], "target": ["militants"]}),
    "a sea named after a state is the place, not the state": (
        "Pirates boarded a tanker in the Gulf of Guinea on Monday, killing one sailor.",
        {"type": "Assault", "agent": ["pirates"], "place": ["Gulf of Guinea"]}),
    "a rally for a people is no act of their state": (
        "Thousands joined a pro-Palestinian rally in Santiago on Sunday.",
        {"type": "Protest", "agent": ["protesters"], "place": ["Santiago"]}),  # (the crowd, not Palestine)
    "where a body is based is no place of what it tells": (
        "The London-based Syrian Observatory for Human Rights said 12 civilians were killed in airstrikes on Idlib.",
        {"type": "Assault", "place": ["Idlib"], "source": ["Syrian Observatory for Human Rights"]}),
    "where a body is based sets no scene for the next sentence": (
        "The Oslo-based group Iran Human Rights said authorities had executed 12 people.",
        {"type": "Assault", "place": []}),
    "the side fire is exchanged with is fired on": (
        "Kyrgyz forces exchanged fire with Tajik forces on Wednesday.",
        {"type": "Assault", "agent": ["Kyrgyz forces"], "target": ["Tajik forces"]}),
    "a body's unnamed official acts for the body": (
        "NATO's secretary-general condemned the attack on Tuesday.", {"type": "Criticism", "agent": ["NATO"]}),
    "a body's official named after the title is the one named": (
        "NATO's secretary-general, Mark Rutte, condemned the attack on Tuesday.",
        {"type": "Criticism", "agent": ["Mark Rutte"]}),
    "a referendum vote on an amendment is an election": (
        "Voters rejected the constitutional amendment in a referendum vote on Sunday.",
        {"type": "Election", "date": "2024-03-03"}),
    "a title-first apposition names who threatens": (
        "Russia's foreign minister, Sergei Lavrov, threatened to cut ties with Moldova.",
        {"type": "Threat", "agent": ["Sergei Lavrov"]}),
    "'it' after a state's apposition is the state that says so": (
        "Turkey, a NATO member, said it condemned the attack.", {"type": "Criticism", "agent": ["Turkey"]}),
    "'it' after a mediator's apposition naming others is the mediator": (
        "Qatar, a key mediator between Israel and Hamas, said it welcomed the release.",
        {"type": "Statement", "agent": ["Qatar"]}),
    "an arrest one failed to make is denied": (
        "Police failed to detain the suspect.", {"type": "Arrest", "status": "denied"}),
    "none in custody is no one held": (
        "None of the suspects are in custody.", {"type": "Arrest", "status": "denied"}),
    "accusations said to be false are denied": (
        "Israel said the accusations were false.", {"type": "Denial", "agent": ["Israel"]}),
    "allegations called lies are denied": (
        "Tehran said the allegations were lies.", {"type": "Denial", "agent": ["Iran"]}),
    "an arrest warrant issued for someone is a formal charge": (
        "The ICC issued an arrest warrant for Benjamin Netanyahu in November.",
        {"type": "Accusation", "agent": ["International Criminal Court"], "target": ["Benjamin Netanyahu"]}),
    "a veto condemned blames who vetoed": (
        "Russia vetoed the resolution on Monday. Britain condemned the veto.",
        {"type": "Criticism", "agent": ["United Kingdom"], "target": ["Russia"]}),
    "an election set for a weekday is the one ahead": (
        "A presidential election is set for Sunday.",
        {"type": "Election", "status": "planned", "date": "2024-03-10"}),
    "doctors in a state's hospitals who walk out are the doctors": (
        "Thousands of resident doctors in Nigeria's public hospitals walked off the job on Thursday.",
        {"type": "Protest", "agent": ["resident doctors"]}),
    "nurses at a hospital who strike are the nurses": (
        "Nurses at Kenyatta National Hospital went on strike on Monday.", {"type": "Protest", "agent": ["nurses"]}),
    "hostages set free are freed": (
        "Rebels set 12 hostages free in Mali on Sunday.",
        {"type": "Release", "agent": ["rebels"], "target": ["hostages"], "count": (12, "exactly")}),
    "a city under lockdown is restricted": (
        "Shanghai has been under lockdown since March.", {"type": "Restriction", "agent": [], "target": ["Shanghai"]}),
    "a state that suspends flights restricts": (
        "Kenya suspended flights from China on Monday.", {"type": "Restriction", "agent": ["Kenya"]}),
    "'and it' goes on with the first clause's subject, not its object": (
        "ECOWAS imposed sanctions on Niger on Monday, and it threatened to use force.",
        {"type": "Threat", "agent": ["ECOWAS"]}),
    "'and it' called for, after a body's act on a state, is the body's appeal": (
        "The African Union suspended Niger on Tuesday and it called for the release of President Mohamed Bazoum.",
        {"type": "Statement", "agent": ["African Union"]}),
    "'it said' is no mob speaking": (
        "A mob attacked a church in Jaranwala on Sunday, the diocese said. At least 10 people were injured, it said.",
        {"type": "Assault", "agent": ["mob"], "source": []}),
    "herders who kill are a group": (
        "Herders killed 12 farmers in Benue state on Monday.",
        {"type": "Assault", "agent": ["herders"], "target": ["farmers"], "count": (12, "exactly")}),
    "commuters kidnapped are a group counted": (
        "Gunmen kidnapped 20 commuters on the Abuja-Kaduna highway on Sunday.",
        {"type": "Assault", "target": ["commuters"], "count": (20, "exactly")}),
    "a judgement of drills told is a claim": (
        "China launched military drills around Taiwan on Thursday. Taiwan said the drills would not intimidate its "
        "people.", {"type": "Statement", "agent": ["Taiwan"]}),
    "firms of a state that are blacklisted are that state sanctioned": (
        "The United States blacklisted three Chinese refineries on Monday.",
        {"type": "Sanction", "agent": ["United States"], "target": ["China"]}),
    "sanctions on a state's exports sanction the state": (
        "Washington imposed sanctions on Iranian oil exports on Monday.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Iran"]}),
    "a president detained is not his state detained": (
        "Soldiers detained the president of Niger on Wednesday.", {"type": "Arrest", "target": []}),
    "the presidents of two states who meet are those states meeting": (
        "The presidents of Kazakhstan and Kyrgyzstan met in Astana on Monday.",
        {"type": "Meeting", "agent": ["Kazakhstan", "Kyrgyzstan"], "place": ["Astana"]}),
    "the leaders of states one meets are those states": (
        "Xi Jinping met the leaders of Kazakhstan and Kyrgyzstan in Beijing on Monday.",
        {"type": "Meeting", "agent": ["Xi Jinping", "Kazakhstan", "Kyrgyzstan"]}),
    "who faces charges of a kind is accused": (
        "Kanu faces terrorism charges, his lawyer said.", {"type": "Accusation", "target": ["Kanu"]}),
    "charges filed against someone the model does not know accuse them": (
        "Prosecutors filed terrorism charges against Nnamdi Kanu on Monday.",
        {"type": "Accusation", "agent": ["prosecutors"], "target": ["Nnamdi Kanu"]}),
    "who is arraigned is charged": (
        "Yahaya Bello was arraigned on 19 counts of money laundering on Monday.",
        {"type": "Accusation", "target": ["Yahaya Bello"]}),
    "the one a participle on the relative's 'of' names is the one it tells of": (
        "The son of imprisoned pro-democracy publisher Jimmy Lai this week brought his campaign to Washington.",
        {"type": "Arrest", "target": ["Jimmy Lai"]}),
    "the one whose son is arrested is not arrested": (
        "Police arrested Armando Guebuza's son on Monday.", {"type": "Arrest", "agent": ["police"], "target": []}),
    "the one whose wife is charged is not charged": (
        "Prosecutors charged the wife of former Prime Minister Najib Razak with money laundering.",
        {"type": "Accusation", "agent": ["prosecutors"], "target": []}),
    "a state that backs rebels does not attack with them": (
        "Iran-backed Houthi rebels attacked a cargo ship in the Red Sea on Monday.",
        {"type": "Assault", "agent": ["Houthis"]}),
    "a coalition a state leads acts for that state": (
        "The Saudi-led coalition carried out airstrikes on Sanaa on Monday.",
        {"type": "Assault", "agent": ["Saudi Arabia"]}),
    "a name the model misreads set beside a person's title is that person": (
        "The union's leader, Abdelghani Badi, said the arrest was illegal.",
        {"type": "Criticism", "agent": ["Abdelghani Badi"]}),
    "a body's chairman named in apposition speaks": (
        "AFP's chairman, Fabrice Fries, called on the government to free the reporter.",
        {"type": "Statement", "agent": ["Fabrice Fries"]}),
    "a lawyer named in apposition at the end of the sentence speaks": (
        "\u201cThis is a victory for press freedom,\u201d said his lawyer, Amungwa Tanyi Nicodemus.",
        {"type": "Statement", "agent": ["Amungwa Tanyi Nicodemus"]}),
    "a state's interim government is the state": (
        "Bangladesh's interim government denied the accusation on Monday.", {"type": "Denial", "agent": ["Bangladesh"]}),
    "a state's military government is the state": (
        "Rights groups accused Myanmar's army of killing civilians. Myanmar's military government denied the "
        "accusation.", {"type": "Denial", "agent": ["Myanmar"]}),
    "an arrest a warning is about that happened is told": (
        "Amnesty International warned about the arrest of 40 journalists in Minsk on Monday.",
        {"type": "Arrest", "target": ["journalists"], "count": (40, "exactly")}),
    "a warning of what the warned will suffer threatens": (
        "The army warned the rebels about the consequences of attacking the town.",
        {"type": "Threat", "agent": ["army"], "target": ["rebels"]}),
    "a body's name ending in 'Convention' keeps its initials": (
        "The Democratic Convention (CDR) said police arrested its leader.",
        {"type": "Arrest", "source": ["Democratic Convention"]}),
    "sanctions a state leads are that state's": (
        "Protesters marched against the U.S.-led sanctions in Caracas on Saturday.",
        {"type": "Sanction", "agent": ["United States"]}),
    "a secretary-general is no relative": (
        "Iran criticized the secretary-general of the United Nations on Monday.",
        {"type": "Criticism", "target": ["United Nations"]}),
    "a people's name of capitals inside a body's name stays in the name": (
        "The Supreme Council of Shiites accused Israel of killing 12 civilians.",
        {"type": "Accusation", "agent": ["Supreme Council of Shiites"]}),
    "who told parliament after a relative clause is not the source of the clause's act": (
        "The minister, who resigned after police beat protesters, told parliament on Tuesday.",
        {"type": "Assault", "agent": ["police"], "source": []}),
    "forces that clash, killing soldiers, keep the killed as target": (
        "Armenian and Azerbaijani forces clashed along the border on Tuesday, killing three soldiers.",
        {"type": "Assault", "target": ["soldiers"], "count": (3, "exactly")}),
    "an age is no part of a group's name, and the number before it counts them": (
        "Police detained two 19-year-old students on Monday.",
        {"type": "Arrest", "target": ["students"], "count": (2, "exactly")}),
    "'other' between a number and its people does not hide the count": (
        "Police detained six other reporters on Monday.", {"type": "Arrest", "count": (6, "exactly")}),
    "fighting between two sides is a clash, the first named acting on the other": (
        "Fighting between Kyrgyz and Tajik troops erupted on Wednesday, killing 24 people.",
        {"type": "Assault", "agent": ["Kyrgyz troops"], "target": ["Tajik troops"]}),
    "two sides that clash are a clash, the first named acting on the other": (
        "Police and protesters clashed in Nairobi on Tuesday.",
        {"type": "Assault", "agent": ["police"], "target": ["protesters"], "place": ["Nairobi"]}),
    "a pardon frees": (
        "President Kais Saied pardoned the journalist on Monday.",
        {"type": "Release", "agent": ["Kais Saied"], "target": ["journalist"]}),
    "who walks free is the one freed": (
        "Jimmy Lai walked free from prison on Monday.", {"type": "Release", "agent": [], "target": ["Jimmy Lai"]}),
    "a warning of an attack to come threatens": (
        "Iran warned Israel about the consequences of an attack.",
        {"type": "Threat", "agent": ["Iran"], "target": ["Israel"]}),
    "a state that shuts its border restricts": (
        "Austria shut its border with Italy on Tuesday.", {"type": "Restriction", "agent": ["Austria"]}),
    "a lockdown imposed on a city restricts it": (
        "Chinese authorities imposed a lockdown on Shanghai on Monday.", {"type": "Restriction", "target": ["Shanghai"]}),
    "flights a state suspends are a restriction": (
        "Kenya suspended all flights from China on Monday.", {"type": "Restriction", "agent": ["Kenya"]}),
    "people quarantined are restricted": (
        "Authorities quarantined 300 people in Wuhan on Monday.",
        {"type": "Restriction", "agent": ["authorities"], "target": ["people"]}),
    "the one who told reporters on a day is the source of what was told before": (
        "Police arrested 12 opposition activists in Almaty, spokesman Ruslan Kaz told reporters on Monday.",
        {"type": "Arrest", "agent": ["police"], "source": ["Ruslan Kaz"]}),
    "the one who told an outlet on condition of anonymity is the source": (
        "Police arrested 12 opposition activists in Almaty, a police official told Reuters on condition of anonymity.",
        {"type": "Arrest", "source": ["police official"]}),
    "a people's name of capitals is a group the attack befell": (
        "Gunmen killed 12 Christians in Plateau state on Monday.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["Christians"], "count": (12, "exactly")}),
    "businessmen arrested are counted": (
        "Police arrested three businessmen and a former minister on Monday.",
        {"type": "Arrest", "target": ["businessmen"], "count": (3, "exactly")}),
    "a country's name opening a body's name is part of it": (
        "Cases rose to 300 on Monday, according to the Nigeria Centre for Disease Control.",
        {"type": "Statement", "agent": ["Nigeria Centre for Disease Control"]}),
    "a bare number a bomber killed counts the attack's dead": (
        "A suicide bomber killed 12 and wounded dozens at a market in Mogadishu on Friday.",
        {"type": "Assault", "agent": ["suicide bomber"], "count": (12, "exactly")}),
    "a bare number strikes killed, with its qualifier, counts them": (
        "Israeli strikes killed at least 20 in Gaza overnight, health officials said.",
        {"type": "Assault", "agent": ["Israel"], "count": (20, "at least")}),
    "a number killed before its people noun counts them": (
        "The militants killed 2 soldiers and fled, police said on Monday.",
        {"type": "Assault", "agent": ["militants"], "count": (2, "exactly")}),
    "a leader of the years the actor dictionaries end before governs a state": (
        "The Trump administration imposed sanctions on Venezuela's oil company on Monday.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Venezuela"]}),
    "a leader of later years, named by surname, governs the state of his office": (
        "The Ruto government banned protests in Nairobi on Monday.",
        {"type": "Restriction", "agent": ["Kenya"]}),
    "states a hyphen joins before a summit are its parties": (
        "The China-Russia summit in Beijing ended on Friday with a joint statement.",
        {"type": "Meeting", "agent": ["China", "Russia"], "place": ["Beijing"]}),
    "bodies a hyphen joins before talks are their parties": (
        "Israel-Hamas talks resumed in Cairo on Monday.", {"type": "Meeting", "agent": ["Israel", "Hamas"]}),
    "an outlet the words are about is their target": (
        "The Kremlin said the BBC was spreading lies about the war in Ukraine.",
        {"type": "Statement", "target": ["BBC"]}),
    "an appeal to one's own state is to that state": (
        "Belarusian opposition leader Sviatlana Tsikhanouskaya called on Belarus to release all political prisoners.",
        {"type": "Statement", "agent": ["Sviatlana Tsikhanouskaya"], "target": ["Belarus"]}),
    "an opposition leader who condemns an arrest blames the state": (
        "Venezuelan opposition leader Maria Corina Machado condemned the arrest of her campaign manager.",
        {"type": "Criticism", "target": ["Venezuela"]}),
    "strikes stepped up on a day are that day's strikes": (
        "Israel stepped up airstrikes on Gaza on Tuesday.", {"type": "Assault", "agent": ["Israel"],
                                                           "target": ["Gaza"]}),
    "'they' is the doer a relative clause names, not the main clause's object": (
        "Security forces arrested 12 suspects linked to gunmen who attacked a mosque in Peshawar, where they killed "
        "60 worshippers.", {"type": "Assault", "agent": ["gunmen"]}),
    "a claim with content beside a claim of responsibility is a statement": (
        "Israel's military claimed that Hamas fighters were hiding in the hospital, while no group claimed "
        "responsibility for the rocket fire.", {"type": "Statement", "target": ["Hamas"]}),
    "a claim of credit gives the attack told its agent": (
        "A car bomb exploded near a police station in Mogadishu on Monday, killing 12 people. Al-Shabab claimed "
        "credit for the bombing.", {"type": "Assault", "agent": ["Al-Shabaab"]}),
    "accusations dismissed as absurd are denied": (
        "The Kremlin dismissed as absurd the accusations that it was behind the attack.",
        {"type": "Denial", "agent": ["Kremlin"]}),
    "the prospect of sanctions threatens them": (
        "The European Union raised the prospect of sanctions against Georgia on Monday.",
        {"type": "Sanction", "status": "threatened", "target": ["Georgia"]}),
    "charges a state dismissed as baseless in a relative clause are denied": (
        "Topuz is on trial on espionage charges, which Washington has dismissed as baseless.",
        {"type": "Denial", "agent": ["United States"]}),
    "the accused did the deed a noun after 'of' names": (
        "Rights groups accused Russian troops of the killing of civilians in Bucha.",
        {"type": "Assault", "agent": ["Russian troops"], "target": ["civilians"]}),
    "who is re-arrested is held, however the hyphen splits the verb": (
        "Opposition leader Kizza Besigye was re-arrested on Monday.",
        {"type": "Arrest", "agent": [], "target": ["Kizza Besigye"]}),
    "who rearrests holds": (
        "Police rearrested opposition leader Kizza Besigye on Monday.",
        {"type": "Arrest", "agent": ["police"], "target": ["Kizza Besigye"]}),
    "prisoners recaptured are held": (
        "Police recaptured 60 prisoners on Friday.", {"type": "Arrest", "target": ["prisoners"]}),
    "security personnel killed are who the attack befell": (
        "A suicide bomber attacked a military convoy in Kalat on Monday, killing five security personnel.",
        {"type": "Assault", "target": ["security personnel"]}),
    "a body's personnel are the body": (
        "Militants killed five Frontier Corps personnel near Sibi on Tuesday.",
        {"type": "Assault", "target": ["Frontier Corps"]}),
    "who pleads not guilty denies the charges": (
        "Former Prime Minister Imran Khan pleaded not guilty to corruption charges on Monday.",
        {"type": "Denial", "agent": ["Imran Khan"]}),
    "the deed of an accused no name tells is not the accuser's": (
        "The Central African Republic accuses the 3R rebel group of killing civilians.",
        {"type": "Assault", "agent": [], "target": ["civilians"]}),
    "the accused plots the deed a verb of plotting completes": (
        "Prosecutors accused Khalid Mehdiyev of plotting to kill the journalist.",
        {"type": "Assault", "agent": ["Khalid Mehdiyev"]}),
    "leaders who speak by video link meet": (
        "Turkish President Recep Tayyip Erdogan spoke by video link last week with his French counterpart "
        "Emmanuel Macron.", {"type": "Meeting", "agent": ["Recep Tayyip Erdogan", "Emmanuel Macron"]}),
    "leaders who hold a video call meet": (
        "Russian President Vladimir Putin and Chinese President Xi Jinping held a video call on Friday.",
        {"type": "Meeting", "agent": ["Vladimir Putin", "Xi Jinping"]}),
    "sanctions stepped up are imposed": (
        "The U.N. Security Council ramped up sanctions on North Korea in 2016.",
        {"type": "Sanction", "agent": ["UN Security Council"], "target": ["North Korea"]}),
    "strikes stepped up on a day that kill people are an attack": (
        "Israel stepped up airstrikes on Gaza on Tuesday, killing at least 40 people.",
        {"type": "Assault", "agent": ["Israel"]}),
    "the outlet a speaker talks to is not what the words are about": (
        "Finance Minister Rachel Kim told CNBC on Monday that the economy would recover quickly.",
        {"type": "Statement", "agent": ["Rachel Kim"], "target": []}),
    "an outlet joined by a hyphen is an outlet too": (
        "A provincial spokesman, Omar Zwak, told TV-Ashna that the talks would resume.",
        {"type": "Statement", "agent": ["Omar Zwak"], "target": []}),
    "a minister's own state is not what his words are about": (
        "Turkish Defense Minister Hulusi Akar reiterated Ankara's stance that the missiles pose no threat.",
        {"type": "Statement", "agent": ["Hulusi Akar"], "target": []}),
    "a claim of responsibility names who did the attack it claims": (
        "The Baloch Liberation Army claimed responsibility for the bombing, which killed 26 people.",
        {"type": "Assault", "agent": ["Baloch Liberation Army"]}),
    "states that speak together are both the speakers": (
        "France and Germany said in a joint statement that the vote was neither free nor fair.",
        {"type": "Statement", "agent": ["France", "Germany"]}),
    "states that blame together both blame": (
        "The United States and Britain said Iran was behind the attack.",
        {"type": "Accusation", "agent": ["United States", "United Kingdom"], "target": ["Iran"]}),
    "cutting internet access restricts": (
        "Authorities cut internet access in the region on Sunday.", {"type": "Restriction", "agent": ["authorities"]}),
    "the place of a crisis talked about is not where the talks are": (
        "The U.N. Security Council will meet on Friday to discuss the crisis in Sudan.",
        {"type": "Meeting", "place": [], "status": "planned"}),
    "the place of a war a protester opposes is not where he is arrested": (
        "Police arrested Mahmoud Khalil, who played a role in protests over the war in Gaza, on Saturday.",
        {"type": "Arrest", "place": []}),
    "a verb the parse reads with its object is no modifier of a compound": (
        "The opposition alleged fraud in the vote.", {"type": "Accusation", "agent": ["opposition"]}),
    "a people that pours into the streets protests": (
        "Tens of thousands of Georgians poured into the streets of Tbilisi on Sunday.",
        {"type": "Protest", "agent": ["Georgians"], "place": ["Tbilisi"]}),
    "a vow to neutralise the opposition threatens, a quotation mark between or not": (
        'Mr Kobakhidze blamed foreign-funded groups for the unrest and vowed to "neutralise" the opposition.',
        {"type": "Threat", "agent": ["Kobakhidze"], "status": "threatened"}),
    "a month after a preposition dates the act however the parse joins it to the next noun": (
        "In February insurgents killed more than 50 soldiers in an ambush near Tillaberi.",
        {"type": "Assault", "date": "2024-02"}),
    "a day with an ordinal and a year after the hours of dates the act": (
        "In the early hours of July 26th 2023 soldiers detained Mohamed Bazoum in Niamey.",
        {"type": "Arrest", "date": "2023-07-26", "target": ["Mohamed Bazoum"]}),
    "suspending political parties restricts": (
        "Mali suspended the activities of political parties last year.", {"type": "Restriction", "agent": ["Mali"]}),
    "a state strikes what an army strikes": (
        "Russia struck Ukrainian energy facilities overnight.", {"type": "Assault", "agent": ["Russia"]}),
    "a body said to have struck armed men attacked them": (
        "The Israeli military said it had struck Hamas militants and weapons depots in Khan Younis.",
        {"type": "Assault", "target": ["Hamas"], "place": ["Khan Yunis"], "source": ["Israeli military"]}),
    "a speech act done routinely is still said": (
        "Afghan Taliban routinely deny providing sanctuary to anti-Pakistan fighters.", {"type": "Denial"}),
    "a purpose infinitive's light verb shares the sentence's subject": (
        "China summoned the Japanese ambassador on Monday to lodge a protest over the visit.",
        {"type": "Criticism", "agent": ["China"]}),
    "who steals personal data leaks it": (
        "Hackers stole personal data of 30,000 federal employees.",
        {"type": "DataLeak", "agent": ["hackers"], "target": ["federal employees"], "count": (30000, "exactly")}),
    "unnamed counterparts of a state are that state": (
        "U.S. negotiators met their Chinese counterparts in Geneva on Monday.",
        {"type": "Meeting", "agent": ["U.S. negotiators", "China"], "place": ["Geneva"]}),
    "a politician the actor dictionaries know by surname alone is a person": (
        "Putin will visit North Korea next week, the Kremlin said.",
        {"type": "Meeting", "agent": ["Putin", "North Korea"], "status": "planned"}),
    "the leaders of a state's region are a group": (
        "Leaders of Ethiopia's Tigray region on Tuesday accused Eritrean troops of killing hundreds of civilians.",
        {"type": "Accusation", "agent": ["leaders of Ethiopia's Tigray region"], "target": ["Eritrean troops"]}),
    "charges after a comma that a government rejected are rejected, no second accusation": (
        "Tigray's leaders accused Eritrean troops of killing civilians, charges the government in Addis Ababa "
        "rejected.",
        {"type": "Denial"}),
    "verbs joined in a reported clause share its subject, not the speaker": (
        "Getachew Reda told VOA that Eritrean soldiers had looted hospitals and blocked food aid.",
        {"type": "Restriction", "agent": ["Eritrean soldiers"], "source": ["Getachew Reda"]}),
    "mediators and a body's delegation meet": (
        "In Cairo, Egyptian and Qatari mediators held talks with a Hamas delegation on Monday.",
        {"type": "Meeting", "agent": ["Qatari mediators", "Hamas"], "place": ["Cairo"]}),
    "a city is named as English news writes it": (
        "Israeli air strikes killed at least 31 Palestinians in Rafah on Monday, health officials said.",
        {"type": "Assault", "place": ["Rafah"], "count": (31, "at least")}),
    "a period's bound dates no act when the sentence tells another date": (
        "Wagner mercenaries have fought alongside Malian troops since 2021, and rights groups accuse them of "
        "killing hundreds of civilians in the central town of Moura in March 2022.",
        {"type": "Assault", "target": ["civilians"], "date": "2022-03"}),
    "calling an act a setback for democracy criticises its doer": (
        "Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday. Germany described the detention as "
        "a serious setback for democracy.",
        {"type": "Criticism", "agent": ["Germany"], "target": ["Turkish police"]}),
    "who a court orders to be jailed is jailed by the court": (
        "A Turkish court on Sunday ordered Istanbul Mayor Ekrem Imamoglu to be jailed pending trial.",
        {"type": "Arrest", "agent": ["Turkish court"], "target": ["Ekrem Imamoglu"], "date": "2024-03-03"}),
    "a clause joined after a list's comma is no item of the list": (
        "Police used pepper spray against protesters who threw stones and fireworks, and the Interior Ministry "
        "said 323 people had been detained.",
        {"type": "Assault", "agent": ["protesters"], "target": []}),
    "who lost their lives in an attack is its target": (
        "Officials confirmed that 31 people, including 23 security personnel, lost their lives in Tuesday's train "
        "hijacking by armed militants.",
        {"type": "Assault", "agent": ["armed militants"], "target": ["people"], "count": (31, "exactly"),
         "date": "2024-03-05"}),
    "who was killed in an ambush is its target": (
        "Five soldiers were killed in an ambush by Islamist militants near the town of Damboa on Friday.",
        {"type": "Assault", "agent": ["Islamist militants"], "target": ["soldiers"], "count": (5, "exactly")}),
    "where people come from is not where the event is": (
        "The G7 talks brought together ministers from Britain, Canada, France and the United States.",
        {"type": "Meeting", "agent": ["G7"], "place": []}),
    "a place the model reads, before its region, places the event": (
        "The G7 talks in Charlevoix, Quebec, brought together ministers from Britain, Canada and the United States.",
        {"type": "Meeting", "agent": ["G7"], "place": ["Charlevoix"]}),
    "a reported clause without 'that' is a clause of its own": (
        "EU foreign policy chief Josep Borrell said the sanctions on Russia would stay.",
        {"type": "Sanction", "target": ["Russia"]}),
    "the platform a speaker posts on is where, not what": (
        "In Kharkiv, a Russian missile struck a residential building, wounding 10 people, regional governor Oleh "
        "Syniehubov said on Telegram.",
        {"type": "Assault", "agent": ["Russia"], "source": ["Oleh Syniehubov"], "count": (10, "exactly")}),
    "dozens injured after the killed are acted on": (
        "At least five people were killed and dozens injured, Interior Minister Ihor Klymenko said.",
        {"type": "Assault", "agent": [], "source": ["Ihor Klymenko"]}),
    "what a relative clause's speaker says is about the noun it tells of": (
        "The country was plunged into turmoil following a presidential election in August that Alexander "
        "Lukashenko says he won by a landslide.",
        {"type": "Election", "source": ["Alexander Lukashenko"]}),
    "'they' after a quotation is not a group the quotation names": (
        "Nine press freedom groups called for his release. “We urge Guatemalan authorities to guarantee his right "
        "to a fair trial,” they said in a joint statement.",
        {"type": "Statement", "agent": ["press freedom groups"]}),
    "the body that names sanctions imposes them": (
        "EU sanctions on Russia have hit its economy.",
        {"type": "Sanction", "agent": ["European Union"], "target": ["Russia"]}),
    "a state's name before sanctions with no other target is their target": (
        "Washington tightened its Iran sanctions on Monday.",
        {"type": "Sanction", "target": ["Iran"]}),
    "paying a sum to someone is a payment": (
        "Russia paid $1 billion to Belarus on Friday.",
        {"type": "Payment", "agent": ["Russia"], "target": ["Belarus"]}),
    "'the latest kidnapping' after the act sums it up": (
        "Gunmen abducted at least 287 pupils from a school in Kaduna on Thursday, residents said, the latest mass "
        "kidnapping in the West African country.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["pupils"], "count": (287, "at least"),
         "source": ["residents"]}),
    "a known organisation's branch named after a region is an organisation": (
        "Islamic State West Africa Province fighters killed 12 soldiers in an ambush near Maiduguri.",
        {"type": "Assault", "agent": ["Islamic State West Africa Province"], "target": ["soldiers"],
         "count": (12, "exactly")}),
    "a relative clause of the subject lends its modal to no one": (
        "President Salome Zourabichvili, who has vowed to veto the bill, accused the government of Georgia of "
        "provoking the protesters.",
        {"type": "Accusation", "agent": ["Salome Zourabichvili"], "status": "occurred"}),
    "a past-tense verb joined to a negated one is not negated": (
        "Prime Minister Irakli Kobakhidze said the government would not withdraw the bill and accused "
        "foreign-funded groups of organizing a revolution.",
        {"type": "Accusation", "agent": ["Irakli Kobakhidze"], "target": ["foreign-funded groups"],
         "status": "occurred"}),
    "who says what a relative clause tells is no source of the sentence": (
        "Police used tear gas to disperse demonstrators in Tbilisi, where lawmakers are debating a bill that "
        "critics say would curb media freedom.",
        {"type": "Assault", "agent": ["police"], "source": []}),
    "the words of blame in a condemnation are no second criticism": (
        "Iran's foreign ministry spokesman Nasser Kanaani condemned the decision as \"illegal\" and said Tehran "
        "would respond.",
        {"type": "Criticism", "agent": ["Nasser Kanaani"], "source": []}),
    "one supporter taken away by police is arrested": (
        "One supporter was taken away by police after shouting slogans, witnesses said.",
        {"type": "Arrest", "agent": ["police"], "target": ["supporter"], "source": ["witnesses"]}),
    "a leader's administration is the state": (
        "Republican lawmakers accused the Biden administration of appeasing Beijing.",
        {"type": "Accusation", "agent": ["Republican lawmakers"], "target": ["United States"]}),
    "what the charge's gerund names is not the accused": (
        "Critics accused the administration of appeasing Beijing.",
        {"type": "Accusation", "agent": ["critics"], "target": []}),
    "who is met is the person the object names": (
        "U.S. Secretary of State Antony Blinken met China's top diplomat Wang Yi in Beijing on Monday.",
        {"type": "Meeting", "agent": ["Antony Blinken", "Wang Yi"], "place": ["Beijing"]}),
    "a readout that records another's words is their source, no statement of its own": (
        "Foreign Minister Wang Yi told Antony Blinken that Washington must stop hyping the so-called China "
        "threat, according to a Chinese foreign ministry readout.",
        {"type": "Statement", "agent": ["Wang Yi"], "target": ["Antony Blinken"]}),
    "a two-word event noun is read by its head's lemma": (
        "The army carried out air strikes on rebel positions in Khartoum on Thursday.",
        {"type": "Assault", "agent": ["Sudan army"], "place": ["Khartoum"], "date": "2024-03-07"}),
    "an ordered internet disruption is a restriction": (
        "Iran's government ordered an internet disruption in Tehran on Monday.",
        {"type": "Restriction", "agent": ["Iran"], "place": ["Tehran"]}),
    "warplanes that struck targets attack": (
        "Israeli warplanes struck targets in southern Lebanon on Friday.",
        {"type": "Assault", "agent": ["Israel"], "date": "2024-03-08"}),
    "police who fired on protesters attack them": (
        "Kenyan police fired on protesters in Nairobi on Tuesday.",
        {"type": "Assault", "agent": ["Kenyan police"], "target": ["protesters"], "place": ["Nairobi"]}),
    "the counted wounded are acted on, not acting": (
        "More than 550 people have been killed and nearly 5,000 wounded, the health ministry said.",
        {"type": "Assault", "agent": []}),
    "who is said to be behind an act does it": (
        "The opposition alleged that the military was behind widespread rigging, including internet "
        "shutdowns on polling day.",
        {"type": "Restriction", "agent": ["military"], "source": ["opposition"]}),
    "the capital is the story's country's capital": (
        "Kenya's parliament passed the finance bill. Police fired tear gas at protesters in the capital on Tuesday.",
        {"type": "Assault", "place": ["Nairobi"]}),
    "the Kenyan capital is Nairobi": (
        "Police detained 20 people in the Kenyan capital on Tuesday.",
        {"type": "Arrest", "place": ["Nairobi"], "count": (20, "exactly")}),
    "a country's name opens a body's name": (
        "At least five people were shot dead by police, according to the Kenya Medical Association.",
        {"type": "Assault", "source": ["Kenya Medical Association"], "count": (5, "at least")}),
    "mobilised protests are the mobiliser's": (
        "Opposition leader Nelson Chamisa said he would mobilize public protests across Zimbabwe.",
        {"type": "Protest", "agent": ["Nelson Chamisa"]}),
    "who is urged to act or face sanctions is who would face them": (
        "Top diplomats from the Group of Seven urged Russia on Friday to accept a ceasefire in the Russia-Ukraine "
        "war or face the possibility of additional sanctions.",
        {"type": "Sanction", "status": "threatened", "target": ["Russia"]}),
    "demonstrators the police disperse hold a protest": (
        "Police used water cannons to disperse thousands of demonstrators in Tbilisi on Sunday.",
        {"type": "Protest", "agent": ["demonstrators"], "place": ["Tbilisi"], "date": "2024-03-03"}),
    "'the pope' is the pope the story named": (
        "Pope Francis arrived in Jakarta on Tuesday. The pope met Indonesian President Joko Widodo on Wednesday.",
        {"type": "Meeting", "agent": ["Francis", "Joko Widodo"]}),
    "what suspects plotted is planned": (
        "Indonesian police arrested seven people suspected of plotting to attack the pope.",
        {"type": "Assault", "status": "planned"}),
    "after a title a place's name opens a person's": (
        "Israel's foreign minister Israel Katz called for sanctions against Iran and said the seizure was piracy.",
        {"type": "Statement", "agent": ["Israel Katz"], "target": ["Iran"]}),
    "a barrage of missiles into the sea is a show of force": (
        "North Korea fired a barrage of 18 short-range ballistic missiles into the sea off its east coast.",
        {"type": "ForceDisplay", "agent": ["North Korea"]}),
    "a state's formal protest is a criticism of the other state": (
        "Japan's Prime Minister Fumio Kishida said Tokyo had lodged a protest with Pyongyang.",
        {"type": "Criticism", "agent": ["Japan"], "target": ["North Korea"]}),
    "condemned launches blame who launched": (
        "North Korea fired two ballistic missiles into the sea. South Korea condemned the launches.",
        {"type": "Criticism", "agent": ["South Korea"], "target": ["North Korea"]}),
    "who calls people criminals criticises them": (
        'Thousands of protesters stormed parliament. President William Ruto called the protesters "criminals."',
        {"type": "Criticism", "agent": ["William Ruto"], "target": ["protesters"]}),
    "a body's national branch is the body": (
        "Amnesty International Kenya condemned the killings on Wednesday.",
        {"type": "Criticism", "agent": ["Amnesty International"]}),
    "who deposits money at a central bank lends it": (
        "Saudi Arabia deposited $5 billion at Egypt's central bank in 2022.",
        {"type": "Loan", "agent": ["Saudi Arabia"], "target": ["Egypt's central bank"]}),
    "who calls restrictions a violation criticises who imposed them": (
        "The Taliban banned women from speaking in public on Wednesday. "
        "The United Nations said the restrictions were a violation of human rights.",
        {"type": "Criticism", "agent": ["United Nations"], "target": ["Taliban"]}),
    "who agrees a package of sanctions imposes them": (
        "The European Union on Thursday agreed a 14th package of sanctions against Russia.",
        {"type": "Sanction", "agent": ["European Union"], "target": ["Russia"]}),
    "who claims an attack did it": (
        "A car bomb exploded near a police station in Mogadishu, killing five people. "
        "Al-Shabab claimed responsibility for the bombing.",
        {"type": "Assault", "agent": ["Al-Shabaab"], "count": (5, "exactly")}),
    "a region inside a country is the place": (
        "Gunmen killed 12 villagers in an overnight raid on a village in Nigeria's Zamfara state.",
        {"type": "Assault", "agent": ["gunmen"], "place": ["Zamfara"]}),
    "a state named by the adjective of its weapons is an entity": (
        "Russian drones struck an apartment building in Kharkiv overnight, wounding 18 people.",
        {"type": "Assault", "agent": ["Russia"]}),
    "who ends their protests held them": (
        "French farmers ended weeks of protests earlier this month.",
        {"type": "Protest", "agent": ["French farmers"]}),
    "a day one said one would meet on is ahead": (
        "Polish Prime Minister Donald Tusk said he would meet farm leaders on Thursday.",
        {"type": "Meeting", "status": "planned", "date": "2024-03-14"}),
    "what a state is ready to do is planned": (
        "Turkish Foreign Minister Hakan Fidan said on Thursday that Ankara was ready to host new talks on grain.",
        {"type": "Meeting", "status": "planned", "source": ["Hakan Fidan"]}),
    "who criticises a visit blames who visits": (
        "Narendra Modi and Vladimir Putin held talks outside Moscow. Volodymyr Zelenskyy criticized the visit.",
        {"type": "Criticism", "agent": ["Volodymyr Zelenskyy"], "target": ["Narendra Modi"]}),
    "a spokesman's statement is not about his own state": (
        "U.S. State Department spokesman Matthew Miller said Washington had raised concerns with India.",
        {"type": "Statement", "agent": ["Matthew Miller"], "target": ["India"]}),
    "a participle before a hyphenated title and a name describes the person": (
        "Her other clients include jailed pro-democracy publisher Jimmy Lai in Hong Kong.",
        {"type": "Arrest", "agent": [], "target": ["Jimmy Lai"]}),
    "'killing' after an attack tells more of it": (
        "The war began on October 7, when Hamas-led militants attacked southern Israel, killing about 1,200 people.",
        {"type": "Assault", "agent": ["Hamas-led militants"], "target": ["Israel"], "count": (1200, "about"),
         "date": "2023-10-07"}),
    "what is condemned is the act told with the same word": (
        "Israeli airstrikes killed at least 35 people in Rafah on Sunday. Hamas fired eight rockets at Tel Aviv. "
        "Egypt condemned the strikes.",
        {"type": "Criticism", "agent": ["Egypt"], "target": ["Israel"]}),
    "a demonym of two words names a group": (
        "The United States imposed sanctions on two Sri Lankan officials over human rights abuses.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Sri Lankan officials"]}),
    "a demonym of two words names a body": (
        "The Sri Lankan foreign ministry said the visit was cancelled.",
        {"type": "Statement", "agent": ["Sri Lankan foreign ministry"]}),
    "a country's name of two words before a title": (
        "The New Zealand prime minister said the country would send aid.",
        {"type": "Statement", "agent": ["New Zealand"]}),
    "'the group' after a body named just before is that body": (
        "The Committee to Protect Journalists called for his release. "
        "At least eight journalists have been detained in Ethiopia since January, according to the group.",
        {"type": "Arrest", "source": ["Committee to Protect Journalists"]}),
    "a city that stands for a body is the city where things happen in it": (
        "European Union leaders met in Brussels on Thursday to discuss aid to Ukraine.",
        {"type": "Meeting", "place": ["Brussels"]}),
    "all who hold a round of talks meet": (
        "Iran and Saudi Arabia held a second round of talks in Baghdad.",
        {"type": "Meeting", "agent": ["Iran", "Saudi Arabia"], "place": ["Baghdad"]}),
    "a hyphenated word of blame": (
        'Amnesty International called the trial "a witch-hunt."',
        {"type": "Criticism", "agent": ["Amnesty International"]}),
    "a body named in a compound before its descriptor speaks": (
        "India's budget was presented on Friday. The opposition Congress party called the budget \"anti-people.\"",
        {"type": "Criticism", "agent": ["Congress"]}),
    "the ministry of the story's country": (
        "India's economy grew fast last year. According to the finance ministry, growth will slow.",
        {"type": "Statement", "agent": ["Indian finance ministry"]}),
    "a phrase opening with a verb is a verb, not a noun, after 'the X'": (
        "Mexico's election was tense. The government shut down mobile internet across the country on Friday.",
        {"type": "Restriction", "agent": ["Mexico"]}),
    "who declares an emergency imposes it": (
        "Peru's authorities said the roads were safe. Officials in Lima declared a state of emergency on Friday.",
        {"type": "Restriction", "agent": ["officials"]}),
    "who places someone under arrest holds them": (
        "The military junta placed former President Mohamed Bazoum under house arrest.",
        {"type": "Arrest", "agent": ["military junta"], "target": ["Mohamed Bazoum"]}),
    "who keeps someone in custody holds them": (
        "Police kept the activist in custody for two days.",
        {"type": "Arrest", "agent": ["police"], "target": ["activist"]}),
    "financing and disbursements are economic aid, CAMEO's 071": (
        "The IMF disbursed 1.1 billion dollars to Egypt on Friday.",
        {"type": "Loan", "agent": ["International Monetary Fund"], "target": ["Egypt"], "date": "2024-03-08"}),
    "people who block roads protest; a state that blocks restricts": (
        "Farmers blocked highways across France with tractors.",
        {"type": "Protest", "agent": ["farmers"], "place": ["France"]}),
    "police blocking a road restrict": (
        "Police blocked the road to the airport.",
        {"type": "Restriction", "agent": ["police"]}),
    "a sit-in, a walkout and downed tools are protests": (
        "Students staged a sit-in outside the ministry on Monday.",
        {"type": "Protest", "agent": ["students"], "date": "2024-03-04"}),
    "who comes for talks with others meets them": (
        "Antony Blinken arrived in Beijing on Sunday for talks with Chinese officials.",
        {"type": "Meeting", "agent": ["Antony Blinken", "Chinese officials"], "place": ["Beijing"]}),
    "talks a state hosts between two others meet the two": (
        "Turkey will host peace talks between Russia and Ukraine next week.",
        {"type": "Meeting", "status": "planned", "agent": ["Russia", "Ukraine"]}),
    "receiving a visitor is a meeting": (
        "Emmanuel Macron received Volodymyr Zelenskyy at the Elysee Palace on Monday.",
        {"type": "Meeting", "agent": ["Emmanuel Macron", "Volodymyr Zelenskyy"], "date": "2024-03-04"}),
    "a meeting between him and another": (
        "Alexander Lukashenko arrived in Sochi. He said a meeting between him and Russian President Vladimir Putin "
        "went well.",
        {"type": "Meeting", "agent": ["Alexander Lukashenko", "Vladimir Putin"]}),
    "a prepositional object's possessor is not the one met": (
        "Chinese President Xi Jinping met with his Brazilian counterpart Luiz Inacio Lula da Silva in Beijing.",
        {"type": "Meeting", "agent": ["Xi Jinping", "Luiz Inacio Lula da Silva"], "place": ["Beijing"]}),
    "a hyphenated title names the person after the body": (
        "Volodymyr Zelenskyy met with NATO Secretary-General Jens Stoltenberg in Kyiv.",
        {"type": "Meeting", "agent": ["Volodymyr Zelenskyy", "Jens Stoltenberg"]}),
    "states joined as the subject of held talks all meet": (
        "Japan and South Korea held their first security talks in five years on Thursday.",
        {"type": "Meeting", "agent": ["Japan", "South Korea"], "date": "2024-03-07"}),
    "'and' ends no name: a meeting between a known surname and a titled person": (
        "Antony Blinken arrived in Beijing on Sunday. The meeting between Blinken and Chinese Foreign Minister "
        "Wang Yi lasted more than five hours.",
        {"type": "Meeting", "agent": ["Antony Blinken", "Wang Yi"]}),
    "who travels to meet someone meets them, whatever city lies between": (
        "German Chancellor Olaf Scholz will visit Washington next week to meet President Joe Biden.",
        {"type": "Meeting", "status": "planned", "agent": ["Olaf Scholz", "United States", "Joe Biden"]}),
    "welcoming a visitor to a city hosts a visit": (
        "French President Emmanuel Macron welcomed Chinese President Xi Jinping to Paris on Monday.",
        {"type": "Meeting", "agent": ["Emmanuel Macron", "Xi Jinping"], "place": ["Paris"]}),
    "the title words before a person in the object name that person": (
        "Pakistan's army chief met U.S. Central Command chief General Michael Kurilla on Monday.",
        {"type": "Meeting", "agent": ["Pakistan", "Michael Kurilla"]}),
    "the owner of an attack does it; the verb it is subject of tells whom it befell": (
        "Hamas's October 7 attack on Israel killed about 1,200 people.",
        {"type": "Assault", "agent": ["Hamas"], "target": ["Israel", "people"], "date": "2023-10-07"}),
    "a state's weapons strike for it, whatever they hit": (
        "Israeli warplanes bombed targets in southern Lebanon on Tuesday.",
        {"type": "Assault", "agent": ["Israel"], "place": ["Lebanon"], "date": "2024-03-05"}),
    "a state's missiles strike for it, killing people": (
        "Russian missiles struck an apartment building in Dnipro on Saturday, killing at least 12 people.",
        {"type": "Assault", "agent": ["Russia"], "target": ["people"], "count": (12, "at least")}),
    "armed men attacking a place is violence": (
        "Militants attacked a checkpoint near the border on Sunday.",
        {"type": "Assault", "agent": ["militants"], "date": "2024-03-03"}),
    "a state's unnamed official acts for the state": (
        "Iran's foreign minister blasted the decision as illegal.",
        {"type": "Criticism", "agent": ["Iran"]}),
    "unnamed officials of two states meet": (
        "The Kenyan president met the Ugandan foreign minister on Monday.",
        {"type": "Meeting", "agent": ["Kenya", "Uganda"]}),
    "a passive verb of blame after an adverb": (
        "The decision was widely condemned by human rights organizations.",
        {"type": "Criticism", "agent": ["human rights organizations"]}),
    "who faces criticism from someone is its target": (
        "Kenya's president has faced criticism from the European Union over rising taxes.",
        {"type": "Criticism", "agent": ["European Union"], "target": ["Kenya"]}),
    "calling something a sham is blame": (
        "Opposition leader Raila Odinga called the election a sham.",
        {"type": "Criticism", "agent": ["Raila Odinga"]}),
    "a state that protests a measure criticises it": (
        "China protested the new tariffs imposed by the United States.",
        {"type": "Criticism", "agent": ["China"]}),
    "people of two states named together meet": (
        "Marco Rubio said on Friday that leaders from the U.S. and China will meet at some point.",
        {"type": "Meeting", "status": "planned", "agent": ["United States", "China"]}),
    "who uses tear gas on a crowd assaults it": (
        "Police used tear gas and rubber bullets to disperse crowds in Ankara and Izmir.",
        {"type": "Assault", "agent": ["police"], "target": ["crowds"], "place": ["Ankara"]}),
    "who did the act a protest is over is not who protests": (
        "Turkish police detained at least 37 people after a fourth night of protests over the arrest of "
        "Istanbul Mayor Ekrem Imamoglu.",
        {"type": "Protest", "agent": []}),
    "the arrest of a city's mayor is the mayor's": (
        "Protests continued over the arrest of Istanbul Mayor Ekrem Imamoglu on Wednesday.",
        {"type": "Arrest", "target": ["Ekrem Imamoglu"]}),
    "a speaker unknown to the gazetteers is a person": (
        "Zelenskyy wrote on X that Ukraine needed more air defense systems.",
        {"type": "Statement", "agent": ["Zelenskyy"]}),
    "two names the model reads as people's, scheduled to meet": (
        "Biden and Xi are scheduled to meet on the sidelines of the APEC summit in San Francisco.",
        {"type": "Meeting", "status": "planned", "agent": ["Biden", "Xi"], "place": ["San Francisco"]}),
    "a person's office speaks for the person": (
        "Prime Minister Benjamin Netanyahu's office said in a statement that the talks would continue.",
        {"type": "Statement", "agent": ["Benjamin Netanyahu"]}),
    "a statement is about the first state its quotation names": (
        "“The ball is now in Russia's court,” Canadian Foreign Minister Melanie Joly said.",
        {"type": "Statement", "agent": ["Melanie Joly"], "target": ["Russia"]}),
    "a statement is about the first body its reported clause names": (
        "Olaf Scholz said on Friday that NATO would not send troops.",
        {"type": "Statement", "agent": ["Olaf Scholz"], "target": ["NATO"], "date": "2024-03-08"}),
    "a sum of money released to a state is a loan": (
        "The International Monetary Fund's executive board approved the release of about $1.1 billion to Pakistan "
        "on Friday.",
        {"type": "Loan", "agent": ["International Monetary Fund"], "target": ["Pakistan"], "date": "2024-03-08"}),
    "a credit measured in money is a loan": (
        "The World Bank approved a $500 million credit for Kenya on Tuesday.",
        {"type": "Loan", "agent": ["World Bank"], "target": ["Kenya"]}),
    "the fund lends, whoever it agrees with": (
        "The IMF reached a staff-level agreement with Egypt on an $8 billion program.",
        {"type": "Loan", "agent": ["International Monetary Fund"], "target": ["Egypt"]}),
    "who receives a lender's bailouts gets them": (
        "Pakistan's economy is fragile. The country has received more than 20 IMF bailouts.",
        {"type": "Loan", "agent": ["International Monetary Fund"], "target": ["Pakistan"]}),
    "deposits rolled over to help a state are lent to it": (
        "China and Saudi Arabia have rolled over deposits worth billions of dollars to help Islamabad avoid a default.",
        {"type": "Loan", "agent": ["China", "Saudi Arabia"], "target": ["Pakistan"]}),
    "an election is the country's wherever its protest is": (
        "Police arrested dozens of supporters of Imran Khan in Lahore on Thursday as they protested against "
        "alleged rigging of the February 8 election in Pakistan.",
        {"type": "Election", "place": ["Pakistan"], "date": "2024-02-08"}),
    "a body's initials are that body, whatever else the letters name": (
        "The Rapid Support Forces shelled a market in Omdurman on Saturday. The RSF denied responsibility and "
        "accused the army of targeting civilians.",
        {"type": "Denial", "agent": ["Rapid Support Forces"], "target": []}),
    "an act joined to a denial is not denied": (
        "The Rapid Support Forces denied responsibility and accused the army of targeting civilians.",
        {"type": "Accusation", "status": "occurred", "agent": ["Rapid Support Forces"]}),
    "an armed body shelling a place is violence": (
        "At least 40 people were killed on Saturday when the Rapid Support Forces shelled a market in Omdurman.",
        {"type": "Assault", "agent": ["Rapid Support Forces"], "target": ["people"], "count": (40, "at least")}),
    "a description of a body named before, blamed for an act": (
        "The Rapid Support Forces shelled a market in Omdurman on Saturday. The Emergency Lawyers group blamed "
        "the paramilitary force for the attack.",
        {"type": "Accusation", "agent": ["Emergency Lawyers"], "target": ["Rapid Support Forces"]}),
    "'them' after people named for their body": (
        "The Rapid Support Forces shelled a market on Saturday. Gunmen abducted 15 aid workers on Thursday. The "
        "United States imposed sanctions on three RSF commanders on Friday, accusing them of atrocities.",
        {"type": "Accusation", "agent": ["United States"], "target": ["Rapid Support Forces"]}),
    "an announcement is about the state it names, not the one announcing": (
        "The U.S. State Department announced it was suspending its strategic partnership with Georgia.",
        {"type": "Statement", "agent": ["U.S. State Department"], "target": ["Georgia"]}),
    "asking a state to act is an appeal to it": (
        "The United States has asked Peru to extradite former President Alejandro Toledo.",
        {"type": "Statement", "agent": ["United States"], "target": ["Peru"]}),
    "a weekday the text says is ahead is the next such day": (
        "The U.N. Security Council will hold an emergency meeting on Monday at the request of the United States.",
        {"type": "Meeting", "status": "planned", "date": "2024-03-11"}),
    "missiles fired into the sea are a show of force": (
        "North Korea fired two short-range ballistic missiles into the sea off its east coast on Saturday.",
        {"type": "ForceDisplay", "agent": ["North Korea"], "date": "2024-03-09"}),
    "rockets fired at a city are an attack": (
        "Hamas fired rockets at Tel Aviv on Monday.",
        {"type": "Assault", "agent": ["Hamas"], "place": ["Tel Aviv"], "date": "2024-03-04"}),
    "states joined as the subject of the verb an event noun is the object of": (
        "The European Union and Britain imposed new sanctions on Russia on Friday.",
        {"type": "Sanction", "agent": ["European Union", "United Kingdom"], "target": ["Russia"]}),
    "an unnamed official of a body speaks as the body": (
        "A Hamas official said the group had accepted the proposal.",
        {"type": "Statement", "agent": ["Hamas"]}),
    "an unnamed spokesperson of a body speaks as the body": (
        "A State Department spokesperson said on Friday that the talks would resume.",
        {"type": "Statement", "agent": ["U.S. State Department"], "date": "2024-03-08"}),
    "condemning a raid blames who carried out the raid the story told": (
        "Israeli troops killed three Palestinians during a raid in Jenin on Saturday. The Palestinian Authority "
        "condemned the raid as a “massacre.”",
        {"type": "Criticism", "agent": ["Palestinian Authority"], "target": ["Israeli troops"]}),
    "'the military' after a state's military is that military": (
        "The Israeli military said it had ended the operation. The military said it arrested 15 suspects.",
        {"type": "Arrest", "agent": ["Israeli military"], "target": ["suspects"]}),
    "'its forces' are the forces of the body just named": (
        "The Israeli military said its forces arrested 15 suspects in Jenin.",
        {"type": "Arrest", "agent": ["Israeli military"]}),
    "rockets fired into a country are an attack": (
        "Hezbollah fighters fired rockets into northern Israel on Monday.",
        {"type": "Assault", "agent": ["Hezbollah"]}),
    "a body's authorities act as the body": (
        "Taliban authorities have barred women from working for the United Nations.",
        {"type": "Restriction", "agent": ["Taliban"], "target": ["women"]}),
    "a court appeal is no appeal, and accusing while saying so is an accusation": (
        "Apple said it would appeal the decision, accusing the Commission of ignoring evidence.",
        {"type": "Accusation", "status": "occurred", "agent": ["Apple"], "target": ["Commission"]}),
    "companies accused of something are its target, by no one the clause names": (
        "The United States imposed sanctions on two Chinese companies accused of supplying drone parts to Russia.",
        {"type": "Accusation", "agent": [], "target": ["Chinese companies"]}),
    "a state's commerce ministry is a body of the state": (
        "China's Commerce Ministry condemned the sanctions on Tuesday.",
        {"type": "Criticism", "agent": ["China's Commerce Ministry"], "date": "2024-03-05"}),
    "rounding people up arrests them": (
        "Authorities have rounded up dozens of activists in Minsk since the vote.",
        {"type": "Arrest", "agent": ["authorities"], "target": ["activists"]}),
    "ordering the release of a person is a release": (
        "A court in Harare ordered the release of the journalist Blessed Mhlanga on Wednesday.",
        {"type": "Release", "target": ["Blessed Mhlanga"], "date": "2024-03-06"}),
    "a body of a country is named with the country": (
        "Police arrested 200 protesters in Nairobi on Tuesday, according to the Law Society of Kenya.",
        {"type": "Arrest", "agent": ["police"], "source": ["Law Society of Kenya"]}),
    "'we urge X' in a quotation is its speaker's appeal to X": (
        "“We urge Guatemalan authorities to guarantee his right to a fair trial,” said Caoilfhionn Gallagher.",
        {"type": "Statement", "agent": ["Caoilfhionn Gallagher"], "target": ["Guatemalan authorities"]}),
    "the Houthis, named with their fighters, attack": (
        "Houthi rebels attacked a cargo ship in the Red Sea on Monday.",
        {"type": "Assault", "agent": ["Houthis"], "date": "2024-03-04"}),
    "who clash with police assault them": (
        "Protesters clashed with police in Nairobi on Tuesday, throwing stones and burning tires.",
        {"type": "Assault", "agent": ["protesters"], "target": ["police"], "place": ["Nairobi"]}),
    "a person called by the first word of their name": (
        "Abiy Ahmed met Getachew Reda in Addis Ababa on Friday. Getachew accused the faction of attempting a coup.",
        {"type": "Accusation", "agent": ["Getachew Reda"]}),
    "a year that modifies another noun does not date the statement": (
        "The African Union, which brokered the 2022 peace deal, urged all sides to exercise restraint.",
        {"type": "Statement", "agent": ["African Union"], "date": None}),
    "calling accusations baseless denies them": (
        "The Kremlin said the accusations were baseless.",
        {"type": "Denial", "agent": ["Kremlin"], "target": []}),
    "holding someone responsible accuses them; it holds no one": (
        "Police held the militants responsible for the bombing.",
        {"type": "Accusation", "agent": ["police"], "target": ["militants"]}),
    "blaming an attack on someone accuses them": (
        "Ana Ortiz blamed the attack on Islamic State.",
        {"type": "Accusation", "agent": ["Ana Ortiz"], "target": ["Islamic State"]}),
    "pointing the finger at someone accuses them": (
        "Ana Ortiz pointed the finger at the army.",
        {"type": "Accusation", "agent": ["Ana Ortiz"]}),
    "a junta releasing someone from house arrest releases them": (
        "The junta released opposition leader Pedro Castillo from house arrest.",
        {"type": "Release", "agent": ["junta"], "target": ["Pedro Castillo"]}),
    "what should happen is planned, not told as done": (
        "Whether they agree or not, the two leaders should meet, Ana Ortiz said.",
        {"type": "Meeting", "status": "planned"}),
    "an appeal for calm is to no one, least its speaker": (
        "The UN appealed for calm.",
        {"type": "Statement", "agent": ["United Nations"], "target": []}),
    "dying in police custody tells one was held": (
        "Activist Ana Ortiz died in police custody on Sunday.",
        {"type": "Arrest", "target": ["Ana Ortiz"], "date": "2024-03-03"}),
    "a state's officials are named with it": (
        "Two U.S. defense officials told VOA on Wednesday that the base was empty.",
        {"type": "Statement", "agent": ["U.S. defense officials"], "date": "2024-03-06"}),
    "sanctions a body considers are planned by it": (
        "The European Union is also considering sanctions against Somalia.",
        {"type": "Sanction", "status": "planned", "agent": ["European Union"], "target": ["Somalia"]}),
    "sanctions one is urged to avoid facing are threatened by who urges": (
        "The G7 urged Russia to accept a ceasefire or face the possibility of additional sanctions.",
        {"type": "Sanction", "status": "threatened", "agent": ["G7"], "target": ["Russia"]}),
    "vowing to enforce order or to retaliate threatens": (
        "Israeli Prime Minister Benjamin Netanyahu vowed to enforce law and order decisively.",
        {"type": "Threat", "status": "threatened", "agent": ["Benjamin Netanyahu"]}),
    "democracies threatened with consequences are the threat's target": (
        "China has threatened many democracies with economic consequences.",
        {"type": "Threat", "agent": ["China"], "target": ["democracies"]}),
    "holding people a state plans to hold is a planned arrest": (
        "The Trump administration announced plans to use the U.S. naval base at Guantanamo Bay to hold migrants.",
        {"type": "Arrest", "status": "planned", "agent": ["United States"], "target": ["migrants"]}),
    "'jailed' before a titled name tells that person is held": (
        "The party of jailed former Prime Minister Imran Khan won the most seats.",
        {"type": "Arrest", "agent": [], "target": ["Imran Khan"]}),
    "a country's embassy is one body": (
        "The U.S. Embassy in Nairobi urged restraint on all sides.",
        {"type": "Statement", "agent": ["U.S. Embassy"]}),
    "who speaks out along with others are all critics": (
        "Opposition lawmakers have spoken out against Russia, along with donors and the international community.",
        {"type": "Criticism", "agent": ["opposition lawmakers", "donors", "international community"],
         "target": ["Russia"]}),
    "who reiterates a claim that someone orchestrated an attack accuses them": (
        "Sarfraz Bugti met Ahmed Chaudhry. Bugti and Chaudhry reiterated the claim that Tuesday's attack "
        "was orchestrated by militants with bases in Afghanistan.",
        {"type": "Accusation", "agent": ["Sarfraz Bugti"], "target": ["militants"]}),
    "an appeal in the present progressive is ongoing": (
        "Mahad Wasuge is calling for the election of a new caretaker government.",
        {"type": "Statement", "status": "ongoing", "agent": ["Mahad Wasuge"]}),
    "condemnation an arrest drew blames who arrested": (
        "Pedro Castillo was arrested by police in January. Castillo's arrest drew condemnation from rights groups.",
        {"type": "Criticism", "agent": ["rights groups"], "target": ["police"]}),
    "a hunger strike is a protest": (
        "The jailed journalist Pedro Castillo went on hunger strike on Thursday.",
        {"type": "Protest", "agent": ["Pedro Castillo"], "date": "2024-03-07"}),
    "who speaks of an election runs in none": (
        "In an interview with VOA, Mahad Wasuge said the election in Somalia would be delayed.",
        {"type": "Election", "agent": []}),
    "a department named after a title word is a body": (
        "The Justice Department said it would appeal the ruling.",
        {"type": "Statement", "agent": ["Justice Department"]}),
    "a party's members criticise": (
        "Democrats in Congress condemned the deportations.",
        {"type": "Criticism", "agent": ["Democrats"]}),
    "calling acts illegal and immoral criticises": (
        "Trump ordered the deportations. Senator Chris Murphy called them \"illegal and immoral.\"",
        {"type": "Criticism", "agent": ["Chris Murphy"]}),
    "a body's statement speaks for it; 'they' after is that body": (
        "The G7 joint statement said the group remains concerned with China's military build-up. "
        "They called on China to engage in talks.",
        {"type": "Statement", "agent": ["G7"]}),
    "'he' opening a sentence is who the last one was about": (
        "Finance Minister John Carter criticized Prime Minister Ana Ortiz on Monday. He said the budget was a mistake.",
        {"type": "Statement", "agent": ["John Carter"]}),
    "'she' after a group acted on her is her": (
        "Prosecutors charged Ana Ortiz with fraud. She denied the charges.",
        {"type": "Denial", "agent": ["Ana Ortiz"]}),
    "an election scheduled is planned": (
        "The election, scheduled for next year, is expected to be close.",
        {"type": "Election", "status": "planned"}),
    "an attack that left people dead is counted by them": (
        "A suicide attack on a police station in Quetta left 10 dead.",
        {"type": "Assault", "place": ["Quetta"], "count": (10, "exactly")}),
    "'killing 12' counts the killed": (
        "Gunmen opened fire on a bus in Balkh, killing 12.",
        {"type": "Assault", "agent": ["gunmen"], "place": ["Balkh"], "count": (12, "exactly")}),
    "restrictions on a group restrict it": (
        "The Taliban imposed new restrictions on women.",
        {"type": "Restriction", "agent": ["Taliban"], "target": ["women"]}),
    "martial law restricts": (
        "The military imposed martial law across the country on Sunday.",
        {"type": "Restriction", "date": "2024-03-03"}),
    "revoking journalists' accreditation restricts them": (
        "The ministry revoked the accreditation of foreign journalists.",
        {"type": "Restriction", "target": ["foreign journalists"]}),
    "troops massed by a state show its force; they are not its target": (
        "Russia has massed troops near the border with Ukraine.",
        {"type": "ForceDisplay", "agent": ["Russia"], "target": []}),
    "forces deployed show force": (
        "Security forces were deployed across the city.",
        {"type": "ForceDisplay", "agent": ["security forces"], "target": []}),
    "military drills show force": (
        "China held large-scale military drills around Taiwan on Monday.",
        {"type": "ForceDisplay", "agent": ["China"], "date": "2024-03-04"}),
    "stepping up security shows force": (
        "Authorities stepped up security in Kabul ahead of the holiday.",
        {"type": "ForceDisplay", "agent": ["authorities"], "place": ["Kabul"]}),
    "who says someone orchestrated an attack accuses them": (
        "Pakistani officials said the attack was orchestrated by militants based in Afghanistan.",
        {"type": "Accusation", "agent": ["Pakistani officials"], "target": ["militants"]}),
    "a court granting house arrest releases": (
        "Jose Ruben Zamora was jailed in 2022. A court in October granted him house arrest.",
        {"type": "Release", "agent": ["court"], "target": ["Jose Ruben Zamora"]}),
    "ministers holding a session meet": (
        "On Friday, G7 foreign ministers held a session focused on China.",
        {"type": "Meeting", "agent": ["G7"], "date": "2024-03-08"}),
    "a quotation of two sentences is its speaker's from the first": (
        "“Police arrested 50 protesters in Lima. This is unacceptable,” Ana Ortiz said.",
        {"type": "Arrest", "agent": ["police"], "target": ["protesters"], "place": ["Lima"]}),
    "a nickname the story gives names the same person after": (
        "President Mohamed Abdullahi Mohamed, known by his nickname Farmajo, signed the law on Tuesday. "
        "Ilyas Ali Hassan urged Farmajo to return to talks.",
        {"type": "Statement", "agent": ["Ilyas Ali Hassan"], "target": ["Mohamed Abdullahi Mohamed"]}),
    "unions who call a general strike protest": (
        "Unions called a general strike on Thursday.",
        {"type": "Protest", "agent": ["unions"], "date": "2024-03-07"}),
    "a repayment that must be made is a planned payment": (
        "Argentina must repay 2.8 billion dollars to the Paris Club by June.",
        {"type": "Payment", "status": "planned", "agent": ["Argentina"], "target": ["Paris Club"]}),
    "meeting someone with a title after their body meets the person": (
        "Roza Otunbayeva met with Taliban Foreign Minister Amir Khan Muttaqi in Kabul on Wednesday.",
        {"type": "Meeting", "agent": ["Roza Otunbayeva", "Amir Khan Muttaqi"], "place": ["Kabul"]}),
    "closing a border crossing restricts; a neighbouring country places it": (
        "In neighboring Pakistan, authorities closed the Torkham border crossing.",
        {"type": "Restriction", "agent": ["authorities"], "place": ["Pakistan"]}),
    "what is forbidden is not done": (
        "The Taliban have banned women from visiting public parks in Kabul.",
        {"type": "Restriction", "agent": ["Taliban"], "target": ["women"], "place": ["Kabul"]}),
    "a known name that opens with a word no name starts with": (
        "Islamic State fighters attacked a checkpoint in Mosul.",
        {"type": "Assault", "agent": ["Islamic State"]}),
    "nationals are a group": (
        "The Taliban detained three British nationals in Kabul.",
        {"type": "Arrest", "agent": ["Taliban"], "target": ["British nationals"], "count": (3, "exactly")}),
    "speaking with someone is a meeting of both": (
        "The White House said U.S. envoy Steve Witkoff spoke with Russian President Vladimir Putin on Thursday.",
        {"type": "Meeting", "agent": ["Steve Witkoff", "Vladimir Putin"], "date": "2024-03-07"}),
    "dismissing someone's response as something criticises them": (
        "Vladimir Putin offered talks. Volodymyr Zelenskyy dismissed Putin's response as a trick.",
        {"type": "Criticism", "agent": ["Volodymyr Zelenskyy"], "target": ["Vladimir Putin"]}),
    "a quotation opened after the speech verb is what the speaker says; blame of a body's acts targets it": (
        "Fahrettin Altun, the communication chief, tweeted on Monday, “It’s time to stop Israel’s heinous attacks.”",
        {"type": "Criticism", "agent": ["Fahrettin Altun"], "target": ["Israel"]}),
    "a formal charge faced is an accusation of who faces it": (
        "Ana Ortiz faces charges of corruption.",
        {"type": "Accusation", "target": ["Ana Ortiz"]}),
    "a lawsuit is an accusation by who files it": (
        "The ACLU filed a lawsuit against the government on Monday.",
        {"type": "Accusation", "agent": ["American Civil Liberties Union"], "date": "2024-03-04"}),
    "placing blame on someone accuses them": (
        "The government placed blame on the leaders of Puntland and Jubaland.",
        {"type": "Accusation", "target": ["leaders of Puntland and Jubaland"]}),
    "a lawsuit alleges for who filed it": (
        "A lawsuit filed by the ACLU alleges that the government violated the law.",
        {"type": "Accusation", "agent": ["American Civil Liberties Union"]}),  # Phoenix knows the ACLU
    "a suit told after its plaintiffs alleges for them": (
        "Immigration rights groups, including the ACLU, have filed lawsuits against the U.S. government. "
        "One suit, filed earlier this month, seeks to stop U.S. officials from transferring migrants, "
        "alleging the moves violate U.S. law.",
        {"type": "Accusation", "agent": ["Immigration rights groups"], "target": ["United States"]}),
    "a statement threatens for who issued it": (
        "Antony Blinken issued a statement on Tuesday criticizing Somalia. "
        "The statement threatened sanctions and visa restrictions.",
        {"type": "Sanction", "status": "threatened", "agent": ["Antony Blinken"]}),
    "what a claim says was rigged is no one named before the claim": (
        "Ana Ortiz alleged that the election had been rigged.",
        {"type": "Accusation", "agent": ["Ana Ortiz"], "target": []}),
    "protesters who gather protest": (
        "Tens of thousands of protesters gathered outside parliament in Tbilisi on Monday.",
        {"type": "Protest", "agent": ["protesters"], "place": ["Tbilisi"], "date": "2024-03-04"}),
    "'the streets of' a city place the scene in it": (
        "Thousands of demonstrators poured into the streets of Lima.",
        {"type": "Protest", "agent": ["demonstrators"], "place": ["Lima"]}),
    "calling acts arbitrary criticises them": (
        "Amnesty International described the arrests as arbitrary.",
        {"type": "Criticism", "agent": ["Amnesty International"]}),
    "a threat of sanctions is a threatened sanction by who threatens": (
        "Antony Blinken threatened to impose new sanctions on Sudan.",
        {"type": "Sanction", "status": "threatened", "agent": ["Antony Blinken"], "target": ["Sudan"]}),
    "a threat of arrest is a threatened arrest of who is threatened": (
        "Ana Ortiz threatened the protesters with arrest.",
        {"type": "Arrest", "status": "threatened", "agent": ["Ana Ortiz"], "target": ["protesters"]}),
    "an appeal's target is the one appealed to, not what the appeal asks for": (
        "The United Nations called on both sides to protect civilians.",
        {"type": "Statement", "agent": ["United Nations"], "target": []}),
    "an acronym the story defines is the story's, not a famous one with the same letters": (
        "Sudan's army fought the paramilitary Rapid Support Forces (RSF) in Khartoum. The RSF denied the claim.",
        {"type": "Denial", "agent": ["Rapid Support Forces"]}),
    "a country's army speaks as that country's army": (
        "Sudan's army said on Tuesday it had retaken a bridge.",
        {"type": "Statement", "agent": ["Sudan army"]}),
    "fighters of a named body act as that body; a lemmatizer slip ('raped' -> 'rap') is mended": (
        "Hamas fighters raped dozens of women near Gaza.",
        {"type": "Assault", "agent": ["Hamas"], "target": ["women"]}),
    "an Arabic name's particle joins the name; the surname alone names the person after": (
        "Antony Blinken spoke by phone with army chief Abdel Fattah al-Burhan on Wednesday. "
        "Burhan later met Antony Blinken in Jeddah.",
        {"type": "Meeting", "agent": ["Antony Blinken", "Abdel Fattah al-Burhan"]}),
    "'the ministry' is the ministry the story named before": (
        "Peru's Foreign Ministry said on Monday that talks with Chile had collapsed. "
        "The ministry also accused Chile of violating the border treaty.",
        {"type": "Accusation", "agent": ["Peru's Foreign Ministry"], "target": ["Chile"]}),
    "'the group' is the group its description named before": (
        "The militant group Boko Haram attacked a village in Borno on Monday. "
        "The group also kidnapped ten farmers.",
        {"type": "Assault", "agent": ["Boko Haram"], "target": ["farmers"]}),
    "'the journalist' is the one journalist the story named": (
        "Journalist Pedro Castillo was arrested on Thursday. The journalist had criticized President Dina Boluarte.",
        {"type": "Criticism", "agent": ["Pedro Castillo"], "target": ["Dina Boluarte"]}),
    "a name after 'according to' speaks": (
        "According to Ana Ortiz, the economy was weak.",
        {"type": "Statement", "agent": ["Ana Ortiz"]}),
    "criticism drawn from someone is theirs": (
        "The move drew criticism from the European Union.",
        {"type": "Criticism", "agent": ["European Union"]}),
    "lashing out at a country targets it; it is no place": (
        "Prime Minister Ana Ortiz lashed out at the United States on Monday.",
        {"type": "Criticism", "agent": ["Ana Ortiz"], "target": ["United States"], "place": []}),
    "speaking out against someone criticises them": (
        "Opposition lawmakers have spoken out against Russia.",
        {"type": "Criticism", "agent": ["opposition lawmakers"], "target": ["Russia"]}),
    "a suicide bomber acts": (
        "A suicide bomber killed 12 people at a market in Kabul.",
        {"type": "Assault", "agent": ["suicide bomber"], "target": ["people"], "count": (12, "exactly")}),
    "a killing told by a participle, from a verb not in the hand lexicon": (
        "Militants detonated a car bomb outside a school in Kabul on Saturday, killing 40 people.",
        {"type": "Assault", "agent": ["militants"], "target": ["people"], "place": ["Kabul"],
         "date": "2024-03-09", "count": (40, "exactly")}),
    "a quotation before its speaker is a Statement": (
        "“We will never accept this decision,” Finance Minister John Carter said on Monday.",
        {"type": "Statement", "agent": ["John Carter"], "date": "2024-03-04"}),
    "a scene with a place and a date needs no participant": (
        "The demonstrations started on March 1 in northern France.",
        {"type": "Protest", "place": ["France"], "date": "2024-03-01"}),
    "the subject of a passive verb is the one acted on, not a name in its apposition": (
        "Mr Lee, 50, a lawyer who is President Tom Hart's fiercest critic, was arrested on February 3.",
        {"type": "Arrest", "target": ["Lee"], "date": "2024-02-03"}),
    "St. is Saint in a city's name": (
        "Police detained more than 500 people in St. Louis.",
        {"type": "Arrest", "agent": ["police"], "target": ["people"], "place": ["St. Louis"],
         "count": (500, "more than")}),
    "a ministry of a country speaks as the ministry": (
        "The Ministry of Justice of Peru said the law was legal.",
        {"type": "Statement", "agent": ["Ministry of Justice of Peru"]}),
    "'it' as a subject stands for the body named before": (
        "Soldiers fired on the crowd in Lima on Tuesday. The army also detained 20 students. It later freed them.",
        {"type": "Release", "agent": ["Peru army"]}),  # a group is named with the story's country
    "a passive accusation: the one accused is the target, the by-phrase accuses": (
        "John Smith was accused of fraud by the prosecutors.",
        {"type": "Accusation", "agent": ["prosecutors"], "target": ["John Smith"]}),
    "a speaker after the quotation accuses; the speaker is no target": (
        "“The election was stolen,” Maria Lopez alleged.",
        {"type": "Accusation", "agent": ["Maria Lopez"], "target": []}),
    "the country's security forces act, not the country": (
        "The country's security forces killed three protesters in Baghdad.",
        {"type": "Assault", "agent": ["security forces"], "target": ["protesters"], "count": (3, "exactly")}),
    "an inflection the hand lexicon lacks: 'detains'": (
        "The regime detains dozens of dissidents in Tehran, activists said on Monday.",
        {"type": "Arrest", "target": ["dissidents"], "place": ["Tehran"]}),
    "'warned that' a thing will happen is a claim, not a threat": (
        "The European Union warned that the government's actions would divide the country.",
        {"type": "Statement", "agent": ["European Union"]}),
    "a denial of allegations is a Denial by who denies": (
        "DHS has dismissed the allegations in the lawsuits.",
        {"type": "Denial", "agent": ["DHS"]}),
    "an appeal is a Statement with the one appealed to as target": (
        "The United Nations urged Somali leaders to agree on a date for the vote.",
        {"type": "Statement", "agent": ["United Nations"], "target": ["Somali leaders"]}),
    "an execution of people is an assault (a killing)": (
        "Iranian authorities executed two men convicted of drug trafficking, rights groups said.",
        {"type": "Assault", "agent": ["Iranian authorities"], "target": ["men"], "count": (2, "exactly")}),
    "a clash with police is an assault by who clashes": (
        "Protesters clashed with police outside parliament in Nairobi on Thursday.",
        {"type": "Assault", "agent": ["protesters"], "place": ["Nairobi"], "date": "2024-03-07"}),
    "workers on strike protest": (
        "Hundreds of workers went on strike at the port of Antwerp.",
        {"type": "Protest", "agent": ["workers"]}),
    "people who act for a body named after them act as that body": (
        "Top diplomats from the Group of Seven urged Russia on Friday to accept a ceasefire.",
        {"type": "Statement", "agent": ["G7"], "target": ["Russia"], "date": "2024-03-08"}),
    "every party a subject joins meets": (
        "The United States and South Korea held talks in Seoul on Tuesday.",
        {"type": "Meeting", "agent": ["United States", "South Korea"], "place": ["Seoul"], "date": "2024-03-05"}),
    "rejecting a charge is a denial, without target": (
        "Pakistani officials blamed India, a charge New Delhi quickly rejected.",
        {"type": "Denial", "agent": ["India"], "target": []}),
    "who rejects an allegation calling it baseless denies it": (
        "“We strongly reject the baseless allegations made by Pakistan,” Indian spokesperson Randhir Jaiswal said.",
        {"type": "Denial", "agent": ["Randhir Jaiswal"]}),
    "a subject 'they' after a speaker is the speaker": (
        "Police said on Friday that they had arrested three suspects in Lagos.",
        {"type": "Arrest", "agent": ["police"], "target": ["suspects"]}),
    "suspects are a group people act on": (
        "Police arrested three suspects in Lagos.",
        {"type": "Arrest", "agent": ["police"], "target": ["suspects"], "count": (3, "exactly")}),
    "a claimed killing is the claimant's": (
        "The military claimed the killing of 33 terrorists.",
        {"type": "Assault", "agent": ["military"], "target": ["terrorists"], "count": (33, "exactly")}),
    "held hostages are taken in an assault": (
        "Gunmen are holding 30 hostages in the hotel.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["hostages"]}),
    "a place is no speaker": (
        "Imran Hayat, divisional superintendent railways in Quetta told VOA that 70 passengers had arrived.",
        {"type": "Statement", "agent": ["Imran Hayat"]}),
    "a town of a described region is the place": (
        "Crown Prince Mohammed bin Salman met with Rubio in the Red Sea port city of Jeddah.",
        {"type": "Meeting", "place": ["Jeddah"]}),
    "talks a hoped-for act needs are planned and ahead": (
        "Marco Rubio said on Saturday the United States hopes to resolve the dispute during talks Tuesday "
        "with Ukrainian officials in Jeddah, Saudi Arabia.",
        {"type": "Meeting", "status": "planned", "date": "2024-03-12"}),
    "a warning that names no act of the speaker's is a claim": (
        "The World Health Organization warned that type 2 diabetes could affect millions more people in the coming "
        "decades.", {"type": "Statement", "agent": ["World Health Organization"]}),
    "a warning of the speaker's own act threatens": (
        "China warned it would retaliate against any sanctions.",
        {"type": "Threat", "agent": ["China"], "status": "threatened"}),
    "a warning given to someone named threatens them": (
        "Turkey warned Washington of severe consequences if it is sanctioned.",
        {"type": "Threat", "agent": ["Turkey"], "target": ["United States"]}),
    "threats issued are a threat": (
        "Pyongyang issued a series of threats against Seoul.",
        {"type": "Threat", "agent": ["North Korea"], "target": ["South Korea"]}),
    "who is freed after being freed is the subject": (
        "Cambodian journalist Mech Dara thanked his supporters Thursday after being freed from prison.",
        {"type": "Release", "target": ["Mech Dara"]}),
    "who stands accused is the accused": (
        "Two Ivorian soldiers and a mercenary from Belarus stand accused of the 2004 bombing of the French army base.",
        {"type": "Accusation", "agent": [], "target": ["Ivorian soldiers"]}),
    "allegations called baseless are denied": (
        "Tehran has previously called the abduction allegations baseless.",
        {"type": "Denial", "agent": ["Iran"]}),
    "a charge brought against someone named is an accusation": (
        "Prosecutors charged Imamoglu on Sunday.",
        {"type": "Accusation", "agent": ["prosecutors"], "target": ["Imamoglu"]}),
    "a visit paid is a meeting of who visits and who is visited": (
        "Indian Prime Minister Narendra Modi paid a visit to Mauritius on Tuesday.",
        {"type": "Meeting", "agent": ["Narendra Modi", "Mauritius"]}),
    "the place a summit is named for is where it is held": (
        "Trump met with Kim for the first time at the Singapore summit in June 2018.",
        {"type": "Meeting", "place": ["Singapore"]}),
    "the arrest of a demonym-described person is theirs": (
        "The arrest of Palestinian activist and U.S. legal permanent resident Mahmoud Khalil has prompted questions.",
        {"type": "Arrest", "target": ["Mahmoud Khalil"]}),
    "a place in a relative clause set off by commas is not the event's": (
        "The recent arrest of Mahmoud Khalil, who played a prominent role in protests over the war in Gaza, "
        "has prompted questions.",
        {"type": "Arrest", "target": ["Mahmoud Khalil"], "place": []}),
    "an arrest ordered is planned": (
        "Bosnian state prosecutors on Wednesday had ordered the arrest of Milorad Dodik.",
        {"type": "Arrest", "status": "planned", "agent": ["Bosnian state prosecutors"]}),
    "blame said of the killing of people is not said of them": (
        "Myanmar troops killed eight demonstrators on Friday. \"The killing of peaceful demonstrators and arbitrary "
        "arrests, including of journalists, is utterly unacceptable,\" Guterres' spokesman, Stephane Dujarric, told "
        "reporters.",
        {"type": "Criticism", "target": ["Myanmar"]}),
    "'they' after a quotation is the body the last sentence was about": (
        "Three members of the U.S. Senate led a group of nine other members of the U.S. Congress in calling on "
        "Marco Rubio to act. \"We are deeply concerned about the recent actions of Milorad Dodik,\" they wrote "
        "in a letter to Rubio.",
        {"type": "Statement", "agent": ["U.S. Congress"], "target": ["Marco Rubio"]}),
    "the person an apposition with commas of its own describes speaks": (
        "Kannavee Suebsang, an opposition lawmaker and deputy chair of the House of Representatives Committee on "
        "Legal Affairs, Justice and Human Rights, told VOA the risk is high.",
        {"type": "Statement", "agent": ["Kannavee Suebsang"]}),
    "a name an apposition describes acts, however the parse hangs it": (
        "Bennett confirmed Wednesday that the Taliban, Afghanistan's de facto leaders, had prohibited him from "
        "entering the country.",
        {"type": "Restriction", "agent": ["Taliban"], "target": ["Bennett"]}),
    "whose travel is barred is barred": (
        '"Mr. Bennett\'s travel to Afghanistan has been prohibited because he spreads propaganda," Mujahid said.',
        {"type": "Restriction", "target": ["Bennett"]}),
    "an armed group described is the one named last": (
        "Afghan officials accused the Taliban of plotting the attack. The insurgent group denied involvement.",
        {"type": "Denial", "agent": ["Taliban"]}),
    "who is accused of plotting an attack plots it": (
        "Afghan officials accused the Taliban of plotting the attack on Saturday.",
        {"type": "Assault", "agent": ["Taliban"]}),
    "the ones a participle after 'those' describes suffer it": (
        "More than 150 people had sustained injuries and doctors were said to be struggling to save the lives of "
        "some of those critically wounded.",
        {"type": "Assault", "agent": [], "target": ["people"]}),
    "deaths an operation resulted in are its doer's assault": (
        "This attack follows an operation conducted by Somalia's National Intelligence and Security Agency (NISA) "
        "just hours earlier, which resulted in the deaths of 16 al-Shabab militants.",
        {"type": "Assault", "agent": ["National Intelligence and Security Agency"], "target": ["Al-Shabaab"],
         "count": (16, "exactly")}),
    "deaths a state's strike caused are its assault": (
        "Israel's strike on Rafah resulted in the deaths of 20 people.",
        {"type": "Assault", "agent": ["Israel"], "target": ["people"]}),
    "attacking someone for what they did is criticism": (
        "Donald Trump also attacked The Wall Street Journal newspaper for refusing to support his tariff plans.",
        {"type": "Criticism", "agent": ["Donald Trump"], "target": ["Wall Street Journal"]}),
    "attacking a state over a weekend is still an attack": (
        "Russia attacked Ukraine over the weekend.",
        {"type": "Assault", "agent": ["Russia"], "target": ["Ukraine"]}),
    "a day after a town's name ends the name": (
        "Demonstrators chanted as they march in Khartoum Thursday.",
        {"type": "Protest", "place": ["Khartoum"]}),
    "a meeting one is expected to have is planned, with both parties": (
        "Marco Rubio arrived on Monday. Rubio is expected to have a pull-aside meeting with Japanese Foreign Minister "
        "Takeshi Iwaya on Thursday.",
        {"type": "Meeting", "status": "planned", "agent": ["Marco Rubio", "Takeshi Iwaya"]}),
    "the person a title after 'said' names speaks": (
        '"Either you want to end this war, or you do not," said European Union foreign policy chief Kaja Kallas.',
        {"type": "Statement", "agent": ["Kaja Kallas"]}),
    "diplomats of a body who gather meet": (
        "Top diplomats from the Group of Seven leading industrial nations gathered Thursday in Charlevoix, Quebec.",
        {"type": "Meeting", "agent": ["G7"]}),
    "who apologised after being released is the one released": (
        "Independent Cambodian media association CamboJA said Mech Dara was released after apologizing to Senate head "
        "Hun Sen and Prime Minister Hun Manet.",
        {"type": "Statement", "agent": ["Mech Dara"], "source": ["CamboJA"]}),
    "who issues a statement on a release did not release anyone": (
        "The Cambodian League for the Promotion and Defense of Human Rights also issued a statement on the release of "
        "the award-winning journalist.",
        {"type": "Release", "agent": []}),
    "an event noun that is a clause's subject takes no one from another clause": (
        "Villagers are afraid to venture into the forest and a deadly January attack on a joint Kenya-U.S. military "
        "base has highlighted ongoing insecurity.",
        {"type": "Assault", "target": ["Kenya"]}),
    "criticism drawn from others is theirs": (
        "The plan drew sharp criticism from human rights groups on Tuesday.",
        {"type": "Criticism", "agent": ["human rights groups"], "status": "occurred", "date": "2024-03-05"}),
    "who faces criticism from others is its target": (
        "Prime Minister John Carter is facing criticism from opposition lawmakers over the budget.",
        {"type": "Criticism", "agent": ["opposition lawmakers"], "target": ["John Carter"]}),
    "a participle after have is a verb even where the parse makes it a modifier": (
        "Kenyan authorities have since banned civilians from traveling with security.",
        {"type": "Restriction", "agent": ["Kenyan authorities"], "target": ["civilians"]}),
    "a clause of reason is no part of what is left unsaid": (
        "Taliban officials do not respond to VOA queries because they have imposed a ban on the broadcaster.",
        {"type": "Restriction", "agent": ["Taliban"], "status": "occurred"}),
    "who was the first to act acts": (
        "Hungary was the only member to condemn the decision on Tuesday.",
        {"type": "Criticism", "agent": ["Hungary"]}),
    "a company's name ends with an administration": (
        "The Autonomous Administration was the only body to condemn the decree on Tuesday.",
        {"type": "Criticism", "agent": ["Autonomous Administration"]}),
    "a person of a body described after it speaks, not the body": (
        "The song is being shared with a report of the findings, Sirio Canos-Donnay from the Spanish National "
        "Research Council, which was a lead institution of the dig, told VOA.",
        {"type": "Statement", "agent": ["Sirio Canos-Donnay"]}),
    "a message posted saying something is a statement": (
        "Rubio posted a message on X saying the talks were productive.",
        {"type": "Statement", "agent": ["Rubio"]}),
    "people counted as killed are people, whatever the noun": (
        "A female suicide bomber detonated her explosive devices near a military convoy, killing at least one "
        "security personnel.",
        {"type": "Assault", "agent": ["female suicide bomber"]}),
    "the person whom a title and a body describe speaks, not the body": (
        "Lt. Gen. Ahmed Sharif Chaudhry, director general of the military's media wing, Inter Services Public "
        "Relations, said that all hostages were rescued.",
        {"type": "Statement", "agent": ["Ahmed Sharif Chaudhry"]}),
    "a subject before the verb speaks, not a name after it": (
        "Charles Hecker, an expert on economic ties and author of a book on business in Russia, says some Western "
        "companies will quickly return to Russia.",
        {"type": "Statement", "agent": ["Charles Hecker"]}),
    "a participle after a quotation is its adder's": (
        "Gabuev added that “the Chinese leadership has reasons to think that they have something to take from "
        "Russia,” suggesting that China is extremely interested.",
        {"type": "Statement", "agent": ["Gabuev"]}),
    "an unread pronoun subject leaves the act without agent, not with its object": (
        "“Then they picked out police officers and tied their hands and shot them,” Ajmal said.",
        {"type": "Assault", "agent": [], "target": ["police officers"]}),
    "a visit by a titled person to a state is a meeting of both": (
        "The announcement came during a two-day visit by Indian Prime Minister Narendra Modi to Mauritius, an "
        "island nation.",
        {"type": "Meeting", "agent": ["Narendra Modi", "Mauritius"]}),
    "talks with a named party in an opening phrase are told, and the subject held them": (
        "Following talks with Mauritius Prime Minister Navinchandra Ramgoolam, the two leaders reaffirmed their "
        "commitment to an open Indian Ocean.",
        {"type": "Meeting", "agent": ["leaders", "Navinchandra Ramgoolam"]}),
    "the group accused of failing is the group named last": (
        "Burkina Faso withdrew from ECOWAS in January. Three military-led nations accused the group of failing to "
        "protect its members.",
        {"type": "Accusation", "target": ["ECOWAS"]}),
    "a person of a think tank speaks, not the think tank": (
        "Andrew Lebovich of the Dutch international affairs think tank Clingendael said these plots are indicative "
        "of broader ambitions.",
        {"type": "Statement", "agent": ["Andrew Lebovich"]}),
    "his daughter named after the verb speaks, not her father": (
        "Albert Gee opened a grocery. “He was just working,” said his daughter Linda Wu.",
        {"type": "Statement", "agent": ["Linda Wu"]}),
    "two particles inside a name keep it whole": (
        "The same message came from European Commission chief Ursula von der Leyen. “We need a surge in European "
        "defense,” she said.",
        {"type": "Statement", "agent": ["Ursula von der Leyen"]}),
    "comments called egregious are criticised": (
        "Doug Ford said he was charging 25% more for electricity. White House press secretary Karoline Leavitt "
        "called Ford’s comments “egregious and insulting.”",
        {"type": "Criticism", "agent": ["Karoline Leavitt"], "target": ["Doug Ford"]}),
    "a plan described as a betrayal is criticised by who describes it": (
        "Robert Jenrick, the shadow justice secretary, described the proposed plan as “a strategic disaster” that "
        "represented “an appalling betrayal of the British people.”",
        {"type": "Criticism", "agent": ["Robert Jenrick"]}),
    "politicians are a group that speaks": (
        "Politicians in Britain have expressed concerns over the deal.",
        {"type": "Statement", "agent": ["politicians"]}),
    "a name followed by who is a person's, after to too": (
        "A court dealt a blow to Rigathi Gachagua who was impeached in mid-October. Gachagua denied all the charges.",
        {"type": "Denial", "agent": ["Rigathi Gachagua"]}),
    "the person an apposition describes speaks, whatever the verb": (
        "Like Lutnick, Kevin Hassett, director of the White House National Economic Council, emphasized the "
        "fentanyl issue in an interview.",
        {"type": "Statement", "agent": ["Kevin Hassett"]}),
    "a person named inside a quotation is not the he who says it": (
        "Donald Trump spoke on Monday. “I had a good call with Vladimir Putin yesterday,” he said.",
        {"type": "Statement", "agent": ["Donald Trump"]}),
    "a person named in a quotation of earlier sentences is not the he who adds": (
        "Donald Trump spoke on Monday. “It was good.” “Italy didn't vote for Ursula von der Leyen.” “France is under "
        "siege,” he added.",
        {"type": "Statement", "agent": ["Donald Trump"]}),
    "continued after a quotation says it": (
        "“These challenges lie behind his desire for an Asian NATO,” Ken Weinstein continued.",
        {"type": "Statement", "agent": ["Ken Weinstein"]}),
    "a vote for a president is an election": (
        "Voters will vote for a new president on Sunday.",
        {"type": "Election", "status": "planned"}),
    "sanctions that calls ask for are planned": (
        "Analysts claim it will likely add to calls in Congress to impose sanctions against Turkey.",
        {"type": "Sanction", "status": "planned", "target": ["Turkey"]}),
    "a launch someone is expecting is planned": (
        "On Tuesday, a top U.S. Air Force general said he is expecting North Korea to launch a long-range missile.",
        {"type": "ForceDisplay", "status": "planned", "agent": ["North Korea"]}),
    "a group named before its attacks makes them": (
        "Two al-Shabab terrorist attacks killed 12 soldiers near the border on Monday.",
        {"type": "Assault", "agent": ["Al-Shabaab"]}),
    "a candidate's election is in the state they run in": (
        "U.S. President Donald Trump is shifting his priorities away from North Korea in his run up to the "
        "presidential election this year, experts said.",
        {"type": "Election", "place": ["United States"]}),
    "an embargo a transfer would violate is in force, its body's": (
        "Such transfers would violate a U.N. arms embargo on North Korea.",
        {"type": "Sanction", "status": "occurred", "agent": ["United Nations"], "target": ["North Korea"]}),
    "an interviewer's label is no party to what the answer tells": (
        "VOA: Russia's President Vladimir Putin recently visited China after he began a fifth term.",
        {"type": "Meeting", "agent": ["Vladimir Putin", "China"]}),
    "sanctions announced in an opening phrase are the state's of who announces them": (
        "In announcing the sanctions on Sali Berisha this week, U.S. Secretary of State Antony Blinken said Berisha "
        "was involved in corrupt acts.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Sali Berisha"]}),
    "a date of a relative clause beside the act dates that clause": (
        "Berisha, who resigned as leader of his party after being defeated in 2013, rejected the allegations during "
        "a press conference Thursday.",
        {"type": "Denial", "date": "2024-03-07"}),
    "sellers who sit in protest": (
        "Scores of chicken sellers in the capital held a one-hour sit-in Monday to protest the continued restrictions.",
        {"type": "Protest", "agent": ["chicken sellers"]}),
    "a known name and a continent are two places": (
        "Protesters marched in Senegal and South Africa on Monday.",
        {"type": "Protest", "place": ["Senegal"]}),
    "who tells of blame does not blame": (
        "Maria Lopez says her supplier blamed Kenya for the losses.",
        {"type": "Accusation", "agent": [], "target": ["Kenya"], "source": ["Maria Lopez"]}),
    "the subject after 'said' speaks, not the name before the comma": (
        "The law will help Japan and Taiwan, said Andrew Yang, a professor at the Chinese Council of Advanced "
        "Policy Studies.",
        {"type": "Statement", "agent": ["Andrew Yang"]}),
    "a person 'of' a country is a person, and speaks": (
        "Amina Yusuf of Nigeria said prices rose.",
        {"type": "Statement", "agent": ["Amina Yusuf"]}),
    "the person titled in apposition speaks, not the country a body's name ends in": (
        "Olayinka Badmus, deputy project director for Global Health Security, Breakthrough Action Nigeria, said "
        "the new strain poses a higher risk.",
        {"type": "Statement", "agent": ["Olayinka Badmus"]}),
    "a capital's envoy acts for its state": (
        "Washington's envoy urged Beijing to use its influence.",
        {"type": "Statement", "agent": ["United States"], "target": ["China"]}),
    "who is sent to a body speaks, not the body": (
        "Russia's ambassador to the U.N. said the deal was illegal.",
        {"type": "Criticism", "agent": ["Russia"], "target": []}),
    "a speaker's description names no one blamed": (
        "Ahmed Ali, an envoy to Sudan, said the deal was illegal.",
        {"type": "Criticism", "agent": ["Ahmed Ali"], "target": []}),
    "the person an unclosed apposition titles speaks": (
        "Ahmed Ali, the head of the Kenya Red Cross said five people had been killed.",
        {"type": "Assault", "source": ["Ahmed Ali"]}),
    "a person of a firm speaks, the firm apart": (
        "\"Markets may have discounted a mild sanctions bill,\" said analyst Atilla Yesilada of Global Source Partners.",
        {"type": "Statement", "agent": ["Atilla Yesilada"]}),
    "a forecast is said": (
        "Ralf Matthaes runs a firm. Regional firms will set up offices in Vietnam, he forecast.",
        {"type": "Statement", "agent": ["Ralf Matthaes"]}),
    "who acts at a meeting takes part in it, not the name told last": (
        "Russia's envoy again dismissed accusations it is getting weapons from North Korea at Friday's meeting.",
        {"type": "Meeting", "agent": ["Russia"]}),
    "an act one is going to do is planned": (
        "Hamas is going to attack Israel.",
        {"type": "Assault", "status": "planned", "agent": ["Hamas"], "target": ["Israel"]}),
    "whom a trailing speaker told is no part of what was said": (
        "Police fired tear gas at protesters on Thursday, witnesses told Reuters.",
        {"type": "Assault", "agent": ["police"], "source": ["witnesses"]}),
    "a speaker's description tells of no one": (
        "CMGM, an outlet covering China news, said in January 2021 that prices rose.",
        {"type": "Statement", "agent": ["CMGM"], "target": []}),
    "a platform posted on owns no fighters": (
        "The Islamic State group said in a statement on Telegram that its fighters had targeted a Shiite mosque.",
        {"type": "Assault", "agent": ["Islamic State"]}),
    "'it' after a platform is the body that posts": (
        "Hamas said on Telegram that it had fired rockets at Israel.",
        {"type": "Assault", "agent": ["Hamas"], "target": ["Israel"]}),
    "an act told after 'was going to' a place happened": (
        "He was going to the mosque when gunmen shot him dead.",
        {"type": "Assault", "status": "occurred", "agent": ["gunmen"]}),
    "Law is a surname too": (
        "Hong Kong activist Nathan Law said the police had arrested his friends.",
        {"type": "Arrest", "source": ["Nathan Law"]}),
    "a warning that the speaker is ready to act threatens": (
        "Iran warned it was ready to strike Israel.",
        {"type": "Threat", "agent": ["Iran"]}),
    "a name in apposition to an object does not speak": (
        "Trump called the Russian leader, Putin, the Kremlin said.",
        {"type": "Statement", "agent": ["Kremlin"]}),
    "a killing condemned is its by-phrase's, not the condemner's": (
        "Hamas condemned the killing of three Palestinians by Israeli troops.",
        {"type": "Assault", "agent": ["Israeli troops"], "target": ["Palestinians"]}),
    "a count before an initialism and its people": (
        "Two U.S. soldiers were wounded in a drone attack on a base in Syria.",
        {"type": "Assault", "target": ["U.S. soldiers"], "count": (2, "exactly")}),
    "a state's citizens are named with it": (
        "Police arrested two U.S. citizens in Moscow on Monday.",
        {"type": "Arrest", "target": ["U.S. citizens"], "count": (2, "exactly")}),
    "a relative clause of the act's own subject tells where it struck": (
        "The strike, which hit a residential building in Kharkiv, killed four people, including a child, regional "
        "governor Oleh Syniehubov said.",
        {"type": "Assault", "place": ["Kharkiv"], "count": (4, "exactly")}),
    "a state's initials before sanctions impose them": (
        "China's Foreign Ministry spokesperson Mao Ning said Beijing firmly opposed the U.S. sanctions.",
        {"type": "Sanction", "agent": ["United States"], "target": []}),
    "who rescues people a participle calls kidnapped did not kidnap them": (
        "Nigerian troops rescued 30 kidnapped students from a forest in Kaduna state, the army said.",
        {"type": "Assault", "agent": [], "target": ["students"]}),
    "every party that acts after talks talked": (
        "Israel and Hamas agreed to a ceasefire on Wednesday after talks mediated by Qatar and Egypt.",
        {"type": "Meeting", "agent": ["Israel", "Hamas"]}),
    "a weekday that opens a sentence told ahead is the one to come": (
        "On Tuesday, Foreign Minister Ana Diaz will meet her Chilean counterpart in Geneva.",
        {"type": "Meeting", "status": "planned", "date": "2024-03-12"}),
    "a date after the verb of a quotation told first dates the saying": (
        "\u201cThe talks were useful,\u201d Prime Minister Mark Rutte wrote in a social media posting late Thursday.",
        {"type": "Statement", "agent": ["Mark Rutte"], "date": "2024-03-07"}),
    "the name set off by commas after a title speaks, not the body the title names": (
        "Pakistan's permanent representative to the United Nations, Munir Akram, said Kabul was failing to rein "
        "in separatists.",
        {"type": "Statement", "agent": ["Munir Akram"], "target": ["Afghanistan"]}),
    "the person a title after 'said' names speaks, not the body that employs them": (
        '"Incirlik was always the conversation stopper," said international relations lecturer Soli Ozel of '
        "Istanbul's Kadir Has University.",
        {"type": "Statement", "agent": ["Soli Ozel"]}),
    "a name the model reads as a person after 'ambassador to X,' is a person": (
        "Somalia's ambassador to Kenya, Mohamud Ahmed Nur, said Kenya was politicizing refugee affairs.",
        {"type": "Statement", "agent": ["Mohamud Ahmed Nur"], "target": ["Kenya"]}),
    "an act told as done in a month after the story's is last year's": (
        "In April, the military removed the president and jailed him.",
        {"type": "Arrest", "agent": ["military"], "date": "2023-04"}),
    "who condemns a state's invasion criticises the state that invades, not the one invaded": (
        "China has never condemned Russia's full-scale invasion of Ukraine.",
        {"type": "Criticism", "status": "denied", "agent": ["China"], "target": ["Russia"]}),
    "who condemns a state's strikes criticises the state that strikes": (
        "Egypt condemned Israel's strikes on Gaza.",
        {"type": "Criticism", "agent": ["Egypt"], "target": ["Israel"]}),
    "officials named with a country of several words keep it": (
        "Central African Republic officials urged civilians to go back to their villages.",
        {"type": "Statement", "agent": ["Central African Republic officials"]}),
    "a noun between 'and' and a verb is its subject, however the parse joins it": (
        "Protesters marched through the capital and police arrested 20 people.",
        {"type": "Arrest", "agent": ["police"], "target": ["people"]}),
    "a planned event in a month before the story's, no year written, is the month to come": (
        "Trump told advisers he does not want to meet with Kim before the presidential election in February.",
        {"type": "Election", "status": "planned", "date": "2025-02"}),
    "who suffers an act does not do it": (
        "The car hit a roadside bomb and was then attacked with gunfire, killing all the civilians except Abdi.",
        {"type": "Assault", "agent": [], "target": ["civilians"]}),
    "whoever is deployed beside troops is sent, not shown force": (
        "Officials said several hundred troops and humanitarian workers were deployed to the villages.",
        {"type": "ForceDisplay", "agent": ["troops"], "target": []}),
    "after a title in capitals a place's name opens a person's": (
        "\u201cWe will not allow this,\u201d said Defense Minister Israel Katz.",
        {"type": "Statement", "agent": ["Israel Katz"]}),
    "'took to the streets' after a possessive is a verb, a protest": (
        "His supporters took to the streets in Istanbul on Sunday.",
        {"type": "Protest", "agent": ["supporters"], "place": ["Istanbul"], "date": "2024-03-03"}),
    "the person a title sets off after 'according to' is the source": (
        "Some 1,100 people have been detained since the protests began, according to the interior minister, "
        "Ali Yerlikaya.",
        {"type": "Arrest", "source": ["Ali Yerlikaya"], "count": (1100, "about")}),
    "the host of a summit meets its many": (
        "French President Emmanuel Macron will host a summit on Ukraine in Paris on Monday.",
        {"type": "Meeting", "status": "planned", "agent": ["Emmanuel Macron"], "place": ["Paris"], "date": "2024-03-11"}),
    "who deploys the army shows force; the curfew beside it is on no army": (
        "Authorities in Bangladesh imposed a nationwide curfew and deployed the army after days of deadly clashes.",
        {"type": "ForceDisplay", "agent": ["authorities"], "target": []}),
    "a curfew imposed beside a deployment is on no army": (
        "Authorities in Bangladesh imposed a nationwide curfew and deployed the army after days of deadly clashes.",
        {"type": "Restriction", "agent": ["authorities"], "target": []}),
    "who blew himself up when people were killed killed them": (
        "At least 12 people were killed and dozens wounded when a suicide bomber blew himself up at a market in "
        "Mogadishu on Friday, police said.",
        {"type": "Assault", "agent": ["suicide bomber"], "target": ["people"], "source": ["police"],
         "count": (12, "at least")}),
    "a country a direction names after 'at' is hit, not the scene": (
        "Hezbollah fired dozens of rockets at northern Israel on Tuesday.",
        {"type": "Assault", "agent": ["Hezbollah"], "target": ["Israel"]}),
    "'U.S.' ends no sentence a date's cue is looked for in": (
        "The president said the doubled U.S. steel and aluminum tariffs would take effect Wednesday. "
        "Police arrested 20 people in Ottawa.",
        {"type": "Arrest", "date": None}),
    "a weekday that opens a sentence whose report tells of the future is past": (
        "On Thursday in Washington, U.S. Secretary of State Antony Blinken met visiting Australian Foreign Minister "
        "Marise Payne, saying that \u201cthe United States will not leave Australia alone.\u201d",
        {"type": "Meeting", "date": "2024-03-07"}),
    "the president of a country speaks for it": (
        "The president of Kenya said the strike killed five people.",
        {"type": "Assault", "source": ["Kenya"], "count": (5, "exactly")}),
    "an unknown name that is detained is a person's": (
        "On March 1 Turkish police detained Ekrem Imamoglu.",
        {"type": "Arrest", "agent": ["Turkish police"], "target": ["Ekrem Imamoglu"], "date": "2024-03-01"}),
    "who comes under fire from lawmakers is criticised": (
        "The minister came under fire from opposition lawmakers over the budget.",
        {"type": "Criticism", "agent": ["opposition lawmakers"]}),
    "a copula before 'and' is no passive: who warns is the speaker": (
        "Moldova's Interior Ministry spokesman Ion Rusu said Petrov was \"a provocateur\" and warned that Transnistria "
        "\"will answer for it.\"", {"type": "Statement", "agent": ["Ion Rusu"], "target": ["Transnistria"]}),
    "the body in a speaker's title is not what the words are about": (
        "\"We will not give up,\" Labour Party (LP) leader Peter Obi told supporters on Monday.",
        {"type": "Statement", "agent": ["Peter Obi"], "target": []}),
    "an appeal in a clause set off by 'while' is not told by the speaker before it": (
        "Germany's foreign ministry called the ruling \"a blow to justice,\" while the Council of Europe urged Ankara "
        "to free the mayor.", {"type": "Statement", "agent": ["Council of Europe"], "source": []}),
    "a word of blame is not said of a speaker in a clause set off by 'while'": (
        "Germany said the election was unfair, while France urged calm.",
        {"type": "Criticism", "agent": ["Germany"], "target": []}),
    "the speakers a list sets off with 'including' are those of the list": (
        "Human Rights Watch and five embassies, including Canada and Japan, said they were alarmed and urged "
        "restraint.", {"type": "Statement", "agent": ["Human Rights Watch"], "source": []}),
    "a charge a state rejects, after a comma, is denied": (
        "Mali's junta accused Algeria of shooting down a drone, a charge Algeria rejects.",
        {"type": "Denial", "agent": ["Algeria"]}),
    "a body's own weapons strike for it": (
        "Israel's military said its jets struck Hezbollah targets in southern Lebanon on Sunday.",
        {"type": "Assault", "agent": ["Israel military"], "target": ["Hezbollah"]}),
    "drills a state's army stages are a display of force": (
        "North Korea's army staged large artillery drills near the border on Monday.",
        {"type": "ForceDisplay", "agent": ["North Korea army"], "date": "2024-03-04"}),
    "people who gather despite a ban protest": (
        "Thousands of people gathered outside the courthouse in Dhaka on Sunday despite the ban.",
        {"type": "Protest", "place": ["Dhaka"], "date": "2024-03-03"}),
    "people who gather to demand something protest": (
        "Hundreds of people gathered in Nairobi on Tuesday to demand the release of the activists.",
        {"type": "Protest", "place": ["Nairobi"], "date": "2024-03-05"}),
    "whom a relative clause calls a word of blame is blamed by its speaker": (
        "President Nicolas Maduro, whom Washington calls a \"dictator,\" denounced the strikes on Monday.",
        {"type": "Criticism", "agent": ["United States"], "target": ["Nicolas Maduro"], "source": []}),
    "who orders someone jailed holds them": (
        "A court in Lima on Sunday ordered former President Pedro Castillo jailed pending trial.",
        {"type": "Arrest", "agent": ["court"], "target": ["Pedro Castillo"]}),
    "'the group' is the body the last sentence was about, not one named in passing before it": (
        "Gunmen attacked the village on Friday, according to the aid group Mercy Corps. The Rapid Support Forces "
        "denied attacking civilians. In a statement, the group said it had \"liberated\" the town.",
        {"type": "Statement", "agent": ["Rapid Support Forces"]}),
    "a region the model reads, where a preposition of place sets it, is the place": (
        "Militants killed 12 soldiers in North Waziristan on Friday.",
        {"type": "Assault", "place": ["North Waziristan"], "date": "2024-03-08"}),
    "a continent is no place of an act": (
        "Protesters marched in Europe on Friday.", {"type": "Protest", "place": []}),
    "members of a gang act as the gang": (
        "Members of a Haitian gang opened fire on residents on Friday, killing 12 people.",
        {"type": "Assault", "agent": ["Haitian gang"], "date": "2024-03-08"}),
    "who remain jailed are held": (
        "Three Americans remain jailed in Russia.", {"type": "Arrest", "agent": [], "target": ["Americans"]}),
    "a country rocked by protests is where they are, not who holds them": (
        "Georgia was rocked by protests on Sunday.", {"type": "Protest", "agent": [], "place": ["Georgia"]}),
    "saying the vote was stolen accuses": (
        "Venancio Mondlane, who came second, says the vote was stolen.",
        {"type": "Accusation", "agent": ["Venancio Mondlane"]}),
    "a city before a site after 'at a' is where": (
        "Fogel was arrested at a Moscow airport in August 2021.",
        {"type": "Arrest", "place": ["Moscow"], "date": "2021-08"}),
    "a place talked about sets no scene for the next sentence": (
        "Russia released Marc Fogel on Tuesday, as Trump seeks to end the war in Ukraine. Fogel was arrested at the "
        "airport in August 2021.", {"type": "Arrest", "place": []}),
    "a background year dates no words said after it": (
        "Vinnik was extradited to the United States in 2017. \"We are grateful,\" his sister Anne Vinnik said.",
        {"type": "Statement", "agent": ["Anne Vinnik"], "date": None}),
    "bombing a school is an assault": (
        "Myanmar's military bombed a school in Sagaing on Monday.",
        {"type": "Assault", "agent": ["Myanmar military"], "place": ["Sagaing"], "date": "2024-03-04"}),
    "who stand between the last comma and a closing verb of saying speak": (
        "Gunmen attacked the village on Monday, killing at least 20 people, including 17 children, residents and an "
        "opposition group said.", {"type": "Assault", "agent": ["gunmen"], "source": ["residents"]}),
    "an acronym opening a sentence is a name": (
        "UNICEF called on all parties to protect children.", {"type": "Statement", "agent": ["UNICEF"]}),
    "verbs joined before one object share it": (
        "Riot police beat and detained opposition leader Nika Gvaramia in Tbilisi on Wednesday.",
        {"type": "Assault", "agent": ["riot police"], "target": ["Nika Gvaramia"]}),
    "a state holds no protest it cracks down on": (
        "The Georgian government stepped up a crackdown on protests in Tbilisi on Wednesday.",
        {"type": "Protest", "agent": [], "place": ["Tbilisi"]}),
    "a public defender is a title": (
        "Georgia's Public Defender Levan Ioseliani said the detainees had been beaten.",
        {"type": "Assault", "source": ["Levan Ioseliani"]}),
    "a war another verb has for its object is no place of the act": (
        "The United States imposed sanctions on Russian oil firms on Friday to cut the money Moscow uses to fund its "
        "war in Ukraine.", {"type": "Sanction", "agent": ["United States"], "place": []}),
    "a relative clause without 'that' after a verdict has its own subject": (
        "A court on Thursday found 14 activists guilty of subversion, a verdict Western governments condemned as "
        "politically motivated.", {"type": "Criticism", "agent": ["Western governments"]}),
    "states named with a modifier are a group": (
        "China accused Western countries of interfering in its internal affairs.",
        {"type": "Accusation", "agent": ["China"], "target": ["Western countries"]}),
    "a year before a town's name and an act dates the act, the town places it": (
        "The 2015 Paris attacks killed 130 people.",
        {"type": "Assault", "agent": [], "target": ["people"], "place": ["Paris"], "date": "2015"}),
    "'the government' is that of the country a sentence opens in": (
        "The storm tore through Mayotte. In Malawi, gunmen killed 13 people, the government said.",
        {"type": "Assault", "source": ["Malawi"]}),
    "leaders who agree to start negotiations plan a meeting": (
        "The two leaders agreed to start negotiations on a trade deal.", {"type": "Meeting", "status": "planned"}),
    "who a relative pronoun stands for holds the protest a light verb names": (
        "Police detained a member of the League of Social Democrats who tried to hold a small protest.",
        {"type": "Protest", "agent": ["League of Social Democrats"]}),
    "prisoners of war handed back are freed": (
        "Russia and Ukraine each returned 75 prisoners of war on Friday.",
        {"type": "Release", "agent": ["Russia", "Ukraine"], "count": (75, "exactly"), "date": "2024-03-08"}),
    "a verb with its own object is active, whatever passive verb the parse joins it to": (
        "Interior Minister Mohsin Naqvi said four members of the security forces were killed when a vehicle rammed "
        "into them, and accused the protesters of attacking police.",
        {"type": "Accusation", "agent": ["Mohsin Naqvi"], "target": ["protesters"]}),
    "a party its initials set off speaks": (
        "Khan's Pakistan Tehreek-e-Insaf (PTI) party said police killed at least eight of its workers.",
        {"type": "Assault", "source": ["Pakistan Tehreek-e-Insaf"], "count": (8, "at least")}),
    "a number of the people acted on counts them": (
        "Police arrested 20 of the protesters on Sunday.", {"type": "Arrest", "count": (20, "exactly")}),
    "a speaker's words end where another's clause begins, past that speaker's own relative clause": (
        "The European Commission said it was \"concerned\", but leaders who want Turkey's help with migration have "
        "said little.", {"type": "Statement", "agent": ["European Commission"], "target": []}),
    "who a relative clause on a protest tells of is no target": (
        "Turkish police detained Ekrem Imamoglu in Istanbul on Sunday. His arrest has set off the largest protests the "
        "country has seen in more than a decade.", {"type": "Protest", "target": []}),
    "fighting armed people named is a clash": (
        "M23 rebels fought Congolese troops in Goma on Tuesday.",
        {"type": "Assault", "agent": ["M23"], "target": ["Congolese troops"], "place": ["Goma"]}),
    "a preposition that tells when introduces no one acted on": (
        "Hundreds of protesters attacked the embassies in Kinshasa on Tuesday, accusing Western countries of failing "
        "to stop Rwanda.", {"type": "Protest", "agent": ["protesters"], "target": []}),
    "a count's 'of' after the accused introduces no one accused": (
        "Congo's government accuses Rwanda of sending thousands of troops to back the M23.",
        {"type": "Accusation", "target": ["Rwanda"]}),
    "who an attack leaves dead is its target": (
        "Militants attacked a convoy in Lamu on Monday, leaving 12 soldiers dead.",
        {"type": "Assault", "agent": ["militants"], "target": ["soldiers"], "count": (12, "exactly")}),
    "the person set off after a body's leader is who is sanctioned": (
        "The Rapid Support Forces denied attacking civilians. The United States last year imposed sanctions on the "
        "group's leader, Mohamed Hamdan Dagalo, known as Hemedti.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Mohamed Hamdan Dagalo"]}),
    "the accused did the deed in a relative clause too": (
        "Rights groups, which accuse Beijing of detaining a million Uyghurs, criticized the decision.",
        {"type": "Arrest", "agent": ["China"]}),
    "a weekday with a time of day is that day": (
        "Police detained 40 protesters in Tbilisi on Thursday night.",
        {"type": "Arrest", "date": "2024-03-07", "count": (40, "exactly")}),
    "the officials of two states joined before one noun are two parties": (
        "U.S. and Chinese officials met in Geneva on Monday.",
        {"type": "Meeting", "agent": ["U.S. officials", "Chinese officials"],
         "target": ["U.S. officials", "Chinese officials"], "place": ["Geneva"]}),
    "the forces of two states joined before one noun both act": (
        "U.S. and British forces struck Houthi targets in Yemen on Monday.",
        {"type": "Assault", "agent": ["U.S. forces", "British forces"], "place": ["Yemen"]}),
    "whose account posts speaks": (
        "Interior Minister Fred Matiangi visited the camp on Monday. There would be no room for further "
        "negotiations, Matiangi's official Twitter account said.", {"type": "Statement", "agent": ["Fred Matiangi"]}),
    "whose channel tells an event is its source": (
        "President Volodymyr Zelenskyy met troops on Monday. Zelenskyy's Telegram channel said Russia had attacked "
        "Kharkiv overnight.", {"type": "Assault", "agent": ["Russia"], "source": ["Volodymyr Zelenskyy"]}),
    "a number counts a group of its own": (
        "Militants killed five civilian passengers on the train on Tuesday. The military said 354 passengers were "
        "freed on Wednesday.", {"type": "Release", "target": ["passengers"], "count": (354, "exactly")}),
    "some of a group named before are that group": (
        "Police detained Iraqi protesters in Basra on Monday. The officials said some protesters were released.",
        {"type": "Release", "target": ["Iraqi protesters"]}),
    "a resident who tells an event is its source": (
        "Ahmed Ali, a resident, said soldiers shot three protesters in Omdurman on Friday.",
        {"type": "Assault", "agent": ["soldiers"], "target": ["protesters"], "source": ["Ahmed Ali"]}),
    "a permanent resident is no one of the public": (
        "Palestinian activist and U.S. legal permanent resident Mahmoud Khalil said the government wanted to "
        "silence him.", {"type": "Statement", "agent": ["Mahmoud Khalil"]}),
    "a newsmaker's son speaks for him": (
        "Jose Carlos Zamora, Zamora's son, said the family would appeal the ruling.",
        {"type": "Statement", "agent": ["Jose Carlos Zamora"]}),
    "no one killed opening a sentence is a killing denied": (
        "No passengers were killed in the attack on Tuesday.",
        {"type": "Assault", "status": "denied", "target": ["passengers"]}),
    "the ends of a route are not where an attack on the way is": (
        "The bus was on its way from Kabul to Jalalabad when gunmen opened fire on it on Monday, killing five "
        "passengers.", {"type": "Assault", "agent": ["gunmen"], "place": []}),
    "the towns a train travels between are not where it is attacked": (
        "The train was traveling north from Quetta to Peshawar when militants attacked it near Sibi on Tuesday.",
        {"type": "Assault", "agent": ["militants"], "place": ["Sibi"]}),
    "a trip to one place is where the talks are": (
        "Rubio traveled to Jeddah for talks with Ukrainian officials on Tuesday.",
        {"type": "Meeting", "place": ["Jeddah"]}),
    "a watchdog named for reporters is no press": (
        "Media watchdog Reporters Without Borders welcomed the release and reiterated its call to the authorities "
        "to drop all charges.", {"type": "Statement", "agent": ["Reporters Without Borders"]}),
    "a survivor who demands is a newsmaker": (
        "Malala Yousafzai, a survivor of a Taliban attack, said the Taliban must reopen girls' schools.",
        {"type": "Statement", "agent": ["Malala Yousafzai"]}),
    "a refugee who heads a body is no one of the public": (
        "Ahmed Hassan, a Somali refugee who heads the Somali Community Association in Minneapolis, said the city "
        "must do more for newcomers.", {"type": "Statement", "agent": ["Ahmed Hassan"]}),
    "experts a body mandates state a claim": (
        "A panel of U.N. experts said North Korea had stolen $3 billion in cryptocurrency.",
        {"type": "Statement", "agent": ["U.N. experts"]}),
    "observers of a body state a claim": (
        "European Union election observers said the vote lacked transparency.",
        {"type": "Statement", "agent": ["election observers"]}),
    "a minister who reported a claim states it": (
        "Israel's foreign minister Israel Katz reported that Hamas had rejected the latest ceasefire proposal.",
        {"type": "Statement", "agent": ["Israel Katz"]}),
    "who tells of talks with another holds them": (
        "Russia said talks with Ukraine would begin in Belarus on Monday.",
        {"type": "Meeting", "status": "planned", "agent": ["Russia", "Ukraine"], "place": ["Belarus"]}),
    "the workers counted again with 'the' are those told": (
        "Rebels abducted Chinese workers near the mine on Monday. The three workers were released on Wednesday.",
        {"type": "Release", "target": ["Chinese workers"], "count": (3, "exactly")}),
    "some of a group counted are that group": (
        "Police detained dozens of opposition activists in Harare on Saturday. Twelve activists were released on "
        "bail on Monday.", {"type": "Release", "target": ["opposition activists"]}),
    "an attack told with its dead is no attack told in passing": (
        "At least 12 people died in the attack on the market in Kano on Monday, police said.",
        {"type": "Assault", "target": ["people"], "place": ["Kano"], "count": (12, "at least"), "source": ["police"]}),
    "who died when an act was done is its target": (
        "Five soldiers died when militants attacked their convoy in Kalat on Monday.",
        {"type": "Assault", "agent": ["militants"], "target": ["soldiers"], "count": (5, "exactly")}),
    "who was wounded as an act was done is its target": (
        "Two policemen were wounded as gunmen opened fire on a checkpoint in Peshawar on Friday.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["policemen"]}),
    "attacks counted in a week are told": (
        "Militants carried out three attacks on police posts in Kalat last week.",
        {"type": "Assault", "agent": ["militants"], "place": ["Kalat"]}),
    "sanctions no one imposed are denied": (
        "No country has imposed sanctions on Israel over the war.",
        {"type": "Sanction", "status": "denied", "target": ["Israel"]}),
    "a vow to act against whom a condition names is a threat": (
        "“If the United States escalates, I will not hesitate to shut the electricity off completely,” Ontario "
        "Premier Doug Ford said at a news conference in Toronto.",
        {"type": "Threat", "status": "threatened", "target": ["United States"]}),
    "a vow to respond if a state strikes threatens it": (
        "“If Israel strikes Iran, we will respond with force,” Iranian Foreign Minister Abbas Araghchi said on Monday.",
        {"type": "Threat", "agent": ["Abbas Araghchi"], "target": ["Israel"]}),
    "a promise if elected threatens no one": (
        "“If elected, I will lower taxes,” candidate Jane Doe said.", {"type": "Statement", "agent": ["Jane Doe"]}),
    "a few acts dated to a year are told, no tally": (
        "Al-Shabab carried out two bombings in Mogadishu in 2022 that killed 121 people.",
        {"type": "Assault", "agent": ["Al-Shabaab"], "place": ["Mogadishu"], "date": "2022"}),
    "the bound of a noun's period dates no act": (
        "Hamas fired two rockets at Tel Aviv last week, the first since May.",
        {"type": "Assault", "agent": ["Hamas"], "date": None}),
    "an offer on a condition threatens no one": (
        "“If the European Union agrees, we will cut tariffs,” Trump said.", {"type": "Statement", "agent": ["Trump"]}),
    "a vow to respond to an attack threatens who attacks, not who is attacked": (
        "“If Israel is attacked by Iran, we will respond,” U.S. President Joe Biden said.",
        {"type": "Threat", "target": ["Iran"]}),
    "a vow unless a state withdraws threatens it": (
        "“Unless Russia withdraws its troops, we will impose new sanctions,” French President Emmanuel Macron said.",
        {"type": "Threat", "agent": ["Emmanuel Macron"], "target": ["Russia"]}),
    "what one would have done threatens no one": (
        "“If Hamas had accepted the deal, we would have halted the fighting,” Netanyahu said.",
        {"type": "Statement", "agent": ["Netanyahu"]}),
    "no fewer than is no denial": (
        "No fewer than 30 countries imposed sanctions on Russia.",
        {"type": "Sanction", "status": "occurred", "target": ["Russia"]}),
    "no one condemning an arrest denies no arrest": (
        "No country has condemned the arrest of the journalist in Minsk.",
        {"type": "Arrest", "status": "occurred", "target": ["journalist"]}),
    "since a day on the act's own noun dates it": (
        "The arrests of 300 protesters since Sunday have drawn criticism.",
        {"type": "Arrest", "date": "2024-03-03", "count": (300, "exactly")}),
    "who reported an event is its source": (
        "The Health Ministry reported that gunmen had attacked a clinic in Kano on Monday.",
        {"type": "Assault", "agent": ["gunmen"], "place": ["Kano"], "source": ["Health Ministry"]}),
    "who speaks for a person acts as them": (
        "A spokesman for President Ashraf Ghani rejected the accusations on Sunday.",
        {"type": "Denial", "agent": ["Ashraf Ghani"]}),
    "who speaks for a body acts as it": (
        "A spokesperson for the European Commission condemned the attack on the convoy.",
        {"type": "Criticism", "agent": ["European Commission"]}),
    "a state's name before its military names the force": (
        "The U.S. military said it killed 12 militants in an airstrike in Somalia.",
        {"type": "Assault", "agent": ["United States military"], "target": ["militants"]}),
    "a state's military abroad is not the host's": (
        "The U.S. military in Afghanistan said Taliban fighters attacked a base in Kandahar.",
        {"type": "Assault", "agent": ["Taliban"], "source": ["United States military"]}),
    "what is called so after an infinitive is still what the speaker calls it": (
        "Chris Swonger called the EU move to tax U.S.-produced spirits \"deeply disappointing.\"",
        {"type": "Criticism", "agent": ["Chris Swonger"], "target": ["European Union"]}),
    "who died in an attack on a town are its targets, the town its place": (
        "Five soldiers were killed in a Russian drone attack on Kharkiv on Monday.",
        {"type": "Assault", "agent": ["Russia"], "target": ["soldiers"], "place": ["Kharkiv"]}),
    "a strike that kills is an attack": (
        "Two militants were killed in an Israeli strike in Gaza on Monday.",
        {"type": "Assault", "agent": ["Israel"], "target": ["militants"], "place": ["Gaza"]}),
    "a missile strike is an attack": (
        "Three civilians died in a missile strike on Odesa.",
        {"type": "Assault", "target": ["civilians"], "place": ["Odesa"]}),
    "a missile strike launched is an attack, not a show of force": (
        "Russia launched a missile strike on Kyiv on Tuesday.", {"type": "Assault", "agent": ["Russia"]}),
    "operatives are people who act together": (
        "Three Iranian operatives were accused of spying.", {"type": "Accusation", "target": ["Iranian operatives"]}),
    "a body's operatives act as it": (
        "Hamas operatives attacked a checkpoint near Jenin.", {"type": "Assault", "agent": ["Hamas"]}),
    "who claims an attack told sentences before did it": (
        "A bomb attack hit a train in Balochistan on Tuesday. Officials said 20 people were killed. Rescue teams "
        "reached the site. The wounded were taken to Quetta. Doctors said many were in critical condition. The Baloch "
        "Liberation Army claimed responsibility for the brazen attack.",
        {"type": "Assault", "agent": ["Baloch Liberation Army"], "target": ["people"]}),
    "a claim of attacks of another time is the group's words": (
        "Gunmen stormed a hotel in Beledweyne on Tuesday. The siege lasted hours. Officials said five people died. "
        "Troops arrived later. Al-Shabab claimed responsibility for several attacks in the region last year.",
        {"type": "Statement", "agent": ["Al-Shabaab"]}),
    "who imposed sanctions in a relative clause on them imposed them": (
        "Russia's economy has weathered the sanctions Washington has imposed on Moscow since 2022.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Russia"]}),
    "who launched the attacks in a relative clause on them attacked": (
        "The attacks the militants launched last year killed 300 people.",
        {"type": "Assault", "agent": ["militants"], "target": ["people"]}),
    "who gave the loans in a relative clause on them lent": (
        "The loans China gave Zambia were larger than those of any other lender.",
        {"type": "Loan", "agent": ["China"], "target": ["Zambia"]}),
    "a group's claim of an attack told by gunmen stays its word": (
        "Gunmen stormed a hotel in Beledweyne on Tuesday. The siege lasted hours. Officials said five people died. "
        "Troops arrived later. Al-Shabab claimed responsibility for the attack.",
        {"type": "Statement", "agent": ["Al-Shabaab"]}),
    "a body of many states meets by itself": (
        "G7 foreign ministers gathered in Charlevoix, Quebec, on Friday for talks on Ukraine.",
        {"type": "Meeting", "agent": ["G7"], "place": ["Charlevoix"]}),
    "what a denial says was not done is denied, told by the denier": (
        "Police denied that officers had beaten the protesters.",
        {"type": "Assault", "status": "denied", "agent": ["officers"], "target": ["protesters"], "source": ["police"]}),
    "what a state denies its forces did is denied": (
        "Russia denies that its forces attacked civilians in Kharkiv.",
        {"type": "Assault", "status": "denied", "agent": ["Russia"], "target": ["civilians"]}),
    "a phrasal act threatened is threatened": (
        "North Korea threatened to shoot down U.S. spy planes.",
        {"type": "Assault", "status": "threatened", "agent": ["North Korea"]}),
    "an attack that kills and wounds counts the killed it tells first": (
        "A car bomb exploded at a market in Mogadishu on Tuesday, killing 12 people and wounding 30 others.",
        {"type": "Assault", "target": ["people"], "count": (12, "exactly"), "place": ["Mogadishu"]}),
    "who calls an act cowardly criticises it": (
        "President Joe Biden called the bombing cowardly.", {"type": "Criticism", "agent": ["Joe Biden"]}),
    "a word of blame in a quotation before its speaker is a criticism": (
        "“The violence is unacceptable,” Borrell said.", {"type": "Criticism", "agent": ["Borrell"]}),
    "who were killed when a town was struck are the targets, the town the place": (
        "Russian missiles struck Kharkiv on Friday, killing seven civilians.",
        {"type": "Assault", "agent": ["Russia"], "target": ["civilians"], "place": ["Kharkiv"], "count": (7, "exactly")}),
    "strikes on someone are attacks": (
        "Israel carried out strikes on Hezbollah targets in southern Lebanon on Monday.",
        {"type": "Assault", "agent": ["Israel"], "target": ["Hezbollah"]}),
    "talks that end without a deal were held": (
        "Talks between Russia and Ukraine ended without agreement on Tuesday.",
        {"type": "Meeting", "status": "occurred", "agent": ["Russia", "Ukraine"]}),
    "whose party tells of him is not his words": (
        "Opposition leader Levan Khabeishvili was beaten by police, his party said.",
        {"type": "Assault", "agent": ["police"], "target": ["Levan Khabeishvili"], "source": []}),
    "thugs are people who act together": (
        "Thugs attacked journalists outside the court in Harare.", {"type": "Assault", "agent": ["thugs"]}),
    "states that accuse each other accuse the other": (
        "Serbia and Kosovo accused each other of stoking tensions on Monday.",
        {"type": "Accusation", "agent": ["Serbia", "Kosovo"], "target": ["Serbia", "Kosovo"]}),
    "states that trade accusations accuse the other": (
        "Serbia and Kosovo traded accusations on Monday.",
        {"type": "Accusation", "agent": ["Serbia", "Kosovo"], "target": ["Serbia", "Kosovo"]}),
    "an election called for a day is planned for that day": (
        "Prime Minister Shigeru Ishiba called a snap election for Oct. 27.",
        {"type": "Election", "status": "planned", "date": "2024-10-27"}),
    "internet services suspended are restricted": (
        "Authorities suspended mobile phone and internet services in the region on Monday.",
        {"type": "Restriction", "agent": ["authorities"]}),
    "a station pulled off the air is restricted": (
        "The regulator pulled Walf TV off the air on Sunday.", {"type": "Restriction", "target": ["Walf TV"]}),
    "a visit to a capital meets its state": (
        "Indian Prime Minister Narendra Modi visited Beijing on Monday.",
        {"type": "Meeting", "agent": ["Narendra Modi", "China"]}),
    "a charge told by the accused's lawyer is his source, not his charge": (
        "The activist was charged with terrorism, his lawyer said.",
        {"type": "Accusation", "agent": [], "target": ["activist"], "source": ["lawyer"]}),
    "a charge told by police is theirs": (
        "Juan Perez was charged with terrorism, police said.", {"type": "Accusation", "agent": ["police"]}),
    "who says the charges are baseless denies them": (
        "Their lawyer, Eron Kiiza, said the charges were baseless.", {"type": "Denial", "agent": ["Eron Kiiza"]}),
    "an attack of another clause is not the town's strike": (
        "Russian missiles struck Kharkiv overnight, while a car bomb killed two policemen in Mariupol.",
        {"type": "Assault", "agent": ["Russia"], "target": ["Kharkiv"]}),
    "what a denial does not deny happened": (
        "The minister did not deny that police had beaten protesters in Nairobi.",
        {"type": "Assault", "status": "occurred", "agent": ["police"]}),
    "a reason denied is not the act denied": (
        "The ministry denied that the journalists had been arrested for their reporting, saying they were detained for "
        "lacking permits.", {"type": "Arrest", "status": "occurred"}),
    "the killed named after the wounded are counted": (
        "A suicide bomber attacked a mosque in Peshawar, wounding 50 worshippers and killing 10.",
        {"type": "Assault", "count": (10, "exactly")}),
    "the group a bomb went off near is not the toll": (
        "A bomb exploded near a convoy of 20 police officers in Peshawar, killing five of them.",
        {"type": "Assault", "count": (5, "exactly")}),
    "a spokesman named speaks as himself": (
        "A spokesman for the Kremlin, Dmitry Peskov, accused Ukraine of attacking civilians.",
        {"type": "Accusation", "agent": ["Dmitry Peskov"]}),
    "who was held for a ransom is freed": (
        "Kidnappers released the businessman, who had been held for a $1 million ransom.",
        {"type": "Release", "agent": ["kidnappers"], "target": ["businessman"]}),
    "a state's talks are with others": (
        "Iran's nuclear talks resumed in Vienna on Monday.", {"type": "Meeting", "agent": ["Iran"]}),
    "a warning of what the speaker's state will do threatens, its state no target": (
        "Russian Foreign Ministry spokeswoman Maria Zakharova warned that Russia would respond.",
        {"type": "Threat", "agent": ["Maria Zakharova"], "target": []}),
    "the accuser tells the deed it blames": (
        "Rights groups accused the army of killing 40 villagers.",
        {"type": "Assault", "agent": ["army"], "target": ["villagers"], "source": ["rights groups"]}),
    "a body's team acts as the body": (
        "An IMF team will hold talks with Pakistani officials next week.",
        {"type": "Meeting", "status": "planned", "agent": ["International Monetary Fund", "Pakistani officials"]}),
    "who suffers what is condemned is not blamed": (
        "Amnesty International condemned the excessive use of force against peaceful demonstrators.",
        {"type": "Criticism", "agent": ["Amnesty International"], "target": []}),
    "who cracks down is blamed for the crackdown": (
        "Amnesty condemned the police crackdown on protesters.", {"type": "Criticism", "target": ["police"]}),
    "one among those arrested was arrested": (
        "Former Prime Minister Aminata Toure was among several opposition figures arrested on Sunday.",
        {"type": "Arrest", "agent": [], "target": ["Aminata Toure"]}),
    "the two leaders are the two who met": (
        "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Monday. The two "
        "leaders called on Russia and Ukraine to hold peace talks.",
        {"type": "Statement", "agent": ["Xi Jinping", "Luiz Inacio Lula da Silva"]}),
    "world leaders are no two who met": (
        "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Monday. World "
        "leaders called on Russia and Ukraine to hold peace talks.", {"type": "Statement", "agent": ["World leaders"]}),
    "aides are people who act together": (
        "Police detained 12 of his aides on Monday.", {"type": "Arrest", "target": ["aides"]}),
    "who is acted on is no body a spokesman speaks for": (
        "Police arrested a spokesman for the opposition party in Kampala.",
        {"type": "Arrest", "agent": ["police"], "target": []}),
    "an unnamed minister of the story's state acts for it": (
        "KABUL, Afghanistan — The interior minister condemned the attack on a police station in Kabul.",
        {"type": "Criticism", "agent": ["Afghanistan"]}),
    "an unnamed minister is the one the story named by that title": (
        "Interior Minister Mohsin Naqvi visited Quetta. Foreign Minister Ishaq Dar met Chinese officials. The interior "
        "minister said the attackers would be punished.", {"type": "Threat", "agent": ["Mohsin Naqvi"]}),
    "an unnamed minister told as another state's before is that state's": (
        "NAIROBI, Kenya — Iran's foreign minister arrived in Nairobi on Monday. The foreign minister said Iran would "
        "open a trade office in Kenya.", {"type": "Statement", "agent": ["Iran"]}),
    "clashes between two sides: the first acts on the second": (
        "Clashes between police and protesters in Dhaka left 12 people dead on Sunday.",
        {"type": "Assault", "agent": ["police"], "target": ["protesters"], "place": ["Dhaka"]}),
    "clashes between two sides named after the verb: the first acts on the second": (
        "Deadly clashes erupted between government troops and rebels in Goma on Monday.",
        {"type": "Assault", "agent": ["government troops"], "target": ["rebels"], "date": "2024-03-04"}),
    "one picked up by agents is arrested": (
        "The journalist was picked up by security agents on Monday.",
        {"type": "Arrest", "agent": ["security agents"], "target": ["journalist"]}),
    "a body's name opening a sentence is no group of its first word": (
        "Reporters Without Borders condemned the arrest of the journalist in Minsk.",
        {"type": "Criticism", "agent": ["Reporters Without Borders"]}),
    "a state with concerns about an election speaks, and runs in none": (
        "Britain said it had serious concerns about the election.",
        {"type": "Statement", "agent": ["United Kingdom"]}),
    "who welcomes the conduct of a vote did not hold it": (
        "Germany welcomed the peaceful conduct of the presidential election in Senegal on Sunday.",
        {"type": "Election", "agent": [], "place": ["Senegal"]}),
    "a ransom one refuses to pay is not paid": (
        "The company declined to pay the hackers.", {"type": "Payment", "status": "denied"}),
    "who is hanged is killed": (
        "Iran hanged two men convicted of drug trafficking on Thursday.",
        {"type": "Assault", "agent": ["Iran"], "target": ["men"], "date": "2024-03-07"}),
    "a city marched on is where the march is": (
        "Supporters of Imran Khan marched on Islamabad on Friday.",
        {"type": "Protest", "place": ["Islamabad"], "date": "2024-03-08"}),
    "a criticism of drills held by states blames those states": (
        "Pyongyang has repeatedly denounced the drills held by the United States and South Korea.",
        {"type": "Criticism", "agent": ["North Korea"], "target": ["United States", "South Korea"]}),
    "a criticism of an arrest by police blames the police": (
        "Rights groups condemned the arrest of the journalist by police.",
        {"type": "Criticism", "target": ["police"]}),
    "live-fire drills show force": (
        "China conducted live-fire drills near Taiwan on Monday.",
        {"type": "ForceDisplay", "agent": ["China"], "date": "2024-03-04"}),
    "joint exercises of forces show force": (
        "U.S. and South Korean forces launched large-scale joint exercises on Monday.",
        {"type": "ForceDisplay", "date": "2024-03-04"}),
    "hackers who post data leak it": (
        "Hackers posted the data on a forum on Sunday.", {"type": "DataLeak", "agent": ["hackers"], "date": "2024-03-03"}),
    "'he' inside a quotation is not who speaks it": (
        "Police detained Omar Ali on Monday. Interior Minister Peter Mwangi denied the report. “He was lawfully "
        "arrested,” Mwangi said.", {"type": "Arrest", "target": ["Omar Ali"]}),
    "who borrows a sum from a lender is lent it": (
        "Kenya borrowed $1 billion from the IMF in 2023.",
        {"type": "Loan", "agent": ["International Monetary Fund"], "target": ["Kenya"], "date": "2023"}),
    "a state's government that reports an event is its source": (
        "Police arrested 30 people in Sao Paulo, Brazil's government said.", {"type": "Arrest", "source": ["Brazil"]}),
    "people militants hold are hostages, no detainees": (
        "Two aid workers are still being held by JNIM militants.",
        {"type": "Assault", "status": "ongoing", "agent": ["JNIM"], "target": ["aid workers"]}),
    "one gunmen seize is taken hostage": (
        "The activist was seized by gunmen in Nairobi on Friday.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["activist"], "place": ["Nairobi"]}),
    "one security forces seize is arrested": (
        "Security forces seized opposition leader Ali Bongo at his home.",
        {"type": "Arrest", "agent": ["security forces"], "target": ["Ali Bongo"]}),
    "two measures of two verbs joined are two restrictions": (
        "Senegal suspended mobile internet and imposed a curfew in Dakar on Saturday.",
        {"type": "Restriction", "agent": ["Senegal"]}),
    "arrests one declines to comment on were made": (
        "Police declined to comment on the arrests of 20 protesters in Nairobi.",
        {"type": "Arrest", "status": "occurred"}),
    "a share of the vote won is of an election its winner ran in": (
        "Faye won 54 percent of the vote in Senegal's presidential election on Sunday.",
        {"type": "Election", "agent": ["Faye"]}),
    "who men in plain clothes detain is arrested": (
        "The activist was detained by men in plainclothes in Harare.", {"type": "Arrest", "target": ["activist"]}),
    "a president's son is no act of the state": (
        "NAIROBI, Kenya — Police arrested the president's son on Monday.", {"type": "Arrest", "target": []}),
    "an unnamed president in a capital the sentence opens with is that state's": (
        "KYIV, Ukraine — Russia launched 40 drones overnight. In Washington, the president urged Congress to pass "
        "the aid bill.", {"type": "Statement", "agent": ["United States"]}),
    "an unnamed minister of a portfolio whose ministry a state's name opened is that state's": (
        "MANILA, Philippines — China's foreign ministry summoned the Philippine ambassador. The foreign minister said "
        "Beijing would respond.", {"type": "Statement", "agent": ["China"]}),
    "an unnamed minister of another portfolio is not the one named": (
        "ISLAMABAD, Pakistan — Interior Minister Mohsin Naqvi visited Quetta. The foreign minister said the attackers "
        "were trained abroad.", {"type": "Statement", "agent": ["Pakistan"]}),
    "hackers and soldiers who attack a state assault it": (
        "Russian hackers and soldiers attacked Ukraine on Monday.", {"type": "Assault", "target": ["Ukraine"]}),
    "an online journalist attacked is assaulted": (
        "Gunmen attacked an online journalist in Lagos on Monday.", {"type": "Assault", "agent": ["gunmen"]}),
    "an embassy marched on is no place; the city after it is": (
        "Protesters marched on the US embassy in Nairobi on Friday.", {"type": "Protest", "place": ["Nairobi"]}),
    "attacks faced by journalists blame no journalists": (
        "Rights groups condemned the attacks faced by journalists in Sudan.", {"type": "Criticism", "target": []}),
    "an acronym a named body's is taught by its name": (
        "Reporters Without Borders condemned the arrest. RSF said three journalists had been detained in Iran.",
        {"type": "Arrest", "source": ["Reporters Without Borders"]}),
    "an acronym no body named taught is no known body": (
        "The RSF attacked the city of El Fasher on Friday, killing 20 people.", {"type": "Assault", "agent": ["RSF"]}),
    "who 'it' accused in a relative clause is accused by the main clause's subject": (
        "Tallinn expelled a Russian diplomat it accused of spying.",
        {"type": "Accusation", "agent": ["Estonia"], "target": ["Russian diplomat"]}),
    "a complaint rejected is denied": ("Beijing rejected the complaint.", {"type": "Denial", "agent": ["China"]}),
    "a name opening a sentence before a verb with an object acts, whatever the parse reads": (
        "JNIM killed at least 85 people on Wednesday.",
        {"type": "Assault", "agent": ["JNIM"], "target": ["people"], "count": (85, "at least")}),
    "an army that blocks convoys restricts them": (
        "The army blocked aid convoys from entering Darfur.", {"type": "Restriction", "agent": ["army"]}),
    "a vow of war on a group threatens it": (
        "President Hassan Sheikh Mohamud has vowed total war on al-Shabab.",
        {"type": "Threat", "agent": ["Hassan Sheikh Mohamud"], "target": ["Al-Shabaab"]}),
    "who says a party rigged a vote accuses the party": (
        "The opposition said the ruling party had rigged the election.",
        {"type": "Accusation", "agent": ["opposition"], "target": ["ruling party"]}),
    "a state's coast guard ships that fire water cannon are the state's": (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday.",
        {"type": "ForceDisplay", "agent": ["China"], "date": "2024-03-09"}),
    "a state that protests to another criticises it": (
        "Manila protested to Beijing over the incident.",
        {"type": "Criticism", "agent": ["Philippines"], "target": ["China"], "place": []}),
    "lawmakers who boycott a session protest": (
        "Opposition lawmakers boycotted the session of parliament on Tuesday.",
        {"type": "Protest", "agent": ["opposition lawmakers"]}),
    "a state that boycotts sanctions": ("China boycotted the Olympics.", {"type": "Sanction", "agent": ["China"]}),
    "supporters of a person who stage a rally hold it, not the person": (
        "Supporters of Imran Khan staged a rally in Lahore on Friday.",
        {"type": "Protest", "agent": ["supporters"], "place": ["Lahore"]}),
    "'it' opening a sentence is the body the last one was about, not the last it named": (
        "U.S. Africa Command said it carried out an airstrike, killing three al-Shabab fighters. It said no civilians "
        "were harmed.", {"type": "Statement", "agent": ["U.S. Africa Command"]}),
    "troops of an army named attack as the army": (
        "Troops of the Malian army carried out an attack on the village of Moura.",
        {"type": "Assault", "agent": ["Malian army"]}),
    "a state that protests to a body it turns to blames no body": (
        "Kenya protested with the African Union over the deployment.",
        {"type": "Criticism", "agent": ["Kenya"], "target": []}),
    "drones a state made are not the state's attack": (
        "Iranian-made drones carried out an attack on Odesa overnight.", {"type": "Assault", "agent": []}),
    "a court that rules an arrest lawful tells of it": (
        "A Moscow court ruled the arrest of Evan Gershkovich lawful.", {"type": "Arrest", "source": ["court"]}),
    "who was elected president won an election": (
        "Mohamed Bazoum was elected president of Niger in 2021.",
        {"type": "Election", "agent": ["Mohamed Bazoum"], "place": ["Niger"], "date": "2021"}),
    "a speaker who asked not to be named appeals for nothing: the words said are told": (
        "The talks had failed, said a Western diplomat who asked not to be named.",
        {"type": "Statement", "agent": ["Western diplomat"], "status": "occurred"}),
    "people taken hostage are the target of the abduction": (
        "Gunmen took three aid workers hostage in northern Mali on Monday.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["aid workers"], "count": (3, "exactly")}),
    "people taken hostage in the passive are its target, its by-phrase the agent": (
        "Three aid workers were taken hostage by gunmen on Monday.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["aid workers"]}),
    "a hostage noun the parse makes an object complement still tells the abduction": (
        "Militants took three foreigners hostage.", {"type": "Assault", "target": ["foreigners"]}),
    "people held hostage are abducted, not arrested": (
        "Two French nationals were held hostage in Mali for three years.",
        {"type": "Assault", "target": ["French nationals"]}),
    "people security forces capture are arrested": (
        "Security forces captured three suspected militants in a raid on Tuesday.",
        {"type": "Arrest", "agent": ["security forces"], "target": ["militants"]}),
    "people militants capture are abducted": (
        "The rebels captured two soldiers on Monday.", {"type": "Assault", "agent": ["rebels"], "target": ["soldiers"]}),
    "fugitives recaptured are arrested and counted": (
        "Police recaptured 11 fugitives on Sunday.",
        {"type": "Arrest", "target": ["fugitives"], "count": (11, "exactly")}),
    "priests released are counted": (
        "Nicaragua released 12 priests on Sunday.", {"type": "Release", "count": (12, "exactly")}),
    "a trade noun before a name in apposition is that person, who acts": (
        "His lawyer, Walter Ayala, condemned the ruling.", {"type": "Criticism", "agent": ["Walter Ayala"]}),
    "'its foreign ministry' after a sentence on one state is that state's ministry": (
        "North Korea fired a missile on Friday. Its foreign ministry condemned the U.S. drills.",
        {"type": "Criticism", "agent": ["North Korea's foreign ministry"], "target": ["United States"]}),
    "'the country's government' is the state the story named last": (
        "Iran faces new sanctions. The country's government condemned the sanctions.",
        {"type": "Criticism", "agent": ["Iran"]}),
    "jets a state's name stands before strike for that state": (
        "U.S. jets struck dozens of targets in Iraq on Friday.",
        {"type": "Assault", "agent": ["United States"], "place": ["Iraq"]}),
    "who reinstates sanctions imposes them": (
        "Washington reinstated sanctions on Venezuela on Friday.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Venezuela"]}),
    "who hits a state with sanctions imposes them on it": (
        "The United States hit Venezuela with new sanctions on Friday.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Venezuela"]}),
    "whose assets are frozen is sanctioned": (
        "The European Union froze the assets of 12 Russian officials.",
        {"type": "Sanction", "agent": ["European Union"], "target": ["Russian officials"]}),
    "'the group' that says so after a body named in its sentence is that body, the source": (
        "Hezbollah fired rockets at Israel on Thursday, the militant group said.",
        {"type": "Assault", "agent": ["Hezbollah"], "source": ["Hezbollah"]}),
    "who is held in prison is held": (
        "The opposition leader Ana Ortiz has been in prison since 2021.",
        {"type": "Arrest", "target": ["Ana Ortiz"]}),
    "a body that says it carried out the attack told claims it": (
        "A bomb killed 12 people at a mosque in Peshawar on Friday. The Baloch Liberation Army said it carried out "
        "the attack.", {"type": "Assault", "agent": ["Baloch Liberation Army"], "target": ["people"]}),
    "who is added to a sanctions list is sanctioned by who adds": (
        "The United States added 14 Chinese companies to its sanctions list on Friday.",
        {"type": "Sanction", "agent": ["United States"], "target": ["Chinese companies"]}),
    "a passive 'they' after words told to reporters is not the reporters": (
        "The police chief told reporters that 12 protesters had been arrested. They were charged with rioting.",
        {"type": "Accusation", "target": ["protesters"]}),
    "an object 'them' arrested after a kidnapping by gunmen is the gunmen": (
        "Students were kidnapped by gunmen on Monday. Police later arrested them.",
        {"type": "Arrest", "agent": ["police"], "target": ["gunmen"]}),
    "people an armed body captures are hostages": (
        "Hamas captured more than 240 people on Oct. 7.", {"type": "Assault", "agent": ["Hamas"]}),
    "a trade noun before a list of names is not the first name": (
        "Police detained a journalist, Maria Perez and Juan Lopez, on Monday.",
        {"type": "Arrest", "target": ["journalist"]}),
    "who urges allies to be identified as guarantors appeals": (
        "President Volodymyr Zelensky urged Western allies to be identified as guarantors of the deal.",
        {"type": "Statement", "agent": ["Volodymyr Zelensky"]}),
    "who calls an act an escalation blames it": (
        "Seoul called the launch a grave escalation.", {"type": "Criticism", "agent": ["South Korea"]}),
    "who describes a measure as interference blames it": (
        "China described the sanctions as interference in its internal affairs.",
        {"type": "Criticism", "agent": ["China"]}),
    "a warning that a state will face consequences threatens it": (
        "Iran warned that Israel would face consequences.",
        {"type": "Threat", "agent": ["Iran"], "target": ["Israel"], "status": "threatened"}),
    "a warning that a state faces a crisis is a claim": (
        "The IMF warned that Kenya would face a debt crisis.",
        {"type": "Statement", "agent": ["International Monetary Fund"], "target": ["Kenya"]}),
    "who condemns the measures told blames who took them": (
        "The EU imposed new sanctions on Russia on Monday. Moscow condemned the measures.",
        {"type": "Criticism", "agent": ["Russia"], "target": ["European Union"]}),
    "a guess at who killed is no counterfactual": (
        "Investigators said the journalist might have been killed by Israeli fire.",
        {"type": "Assault", "target": ["journalist"]}),
    "what a speaker told a news conference is the source's": (
        "Police arrested 12 gang members in Medellin on Monday, Defense Minister Ivan Velasquez told a news "
        "conference in Bogota.", {"type": "Arrest", "source": ["Ivan Velasquez"], "place": ["Medellin"]}),
    "a place of a clause of another time is that clause's act's": (
        "Israel released 39 prisoners on Friday, hours after Hamas freed 24 hostages in Gaza.",
        {"type": "Release", "agent": ["Israel"], "place": []}),
    "a place of a clause of the same time may be the act's": (
        "Protesters clashed with police as they marched through Nairobi.",
        {"type": "Assault", "agent": ["protesters"], "place": ["Nairobi"]}),
    "internet throttled is restricted": (
        "Authorities throttled internet access in the region on Monday.",
        {"type": "Restriction", "agent": ["authorities"]}),
    "roads sealed off are restricted": ("Police sealed off roads leading to parliament.",
                                        {"type": "Restriction", "agent": ["police"]}),
    "a court that orders access blocked restricts, no protest": (
        "A court ordered telecom operators to block access to X.", {"type": "Restriction", "agent": ["court"]}),
    "a carrier a state deploys shows force": (
        "The United States deployed an aircraft carrier to the eastern Mediterranean.",
        {"type": "ForceDisplay", "agent": ["United States"]}),
    "destroyers a state deploys show force": (
        "Britain deployed two destroyers to the Red Sea.", {"type": "ForceDisplay", "agent": ["United Kingdom"]}),
    "a participle with an object right after the subject of a trailing saying is the subject's verb": (
        "Kenyan police arrested at least 45 opposition supporters on Monday, a party spokesman said.",
        {"type": "Arrest", "agent": ["Kenyan police"], "target": ["opposition supporters"], "count": (45, "at least")}),
    "the date on the trigger's own verb dates it before a nearer one on another verb": (
        "The journalist arrested on Monday was released on Friday.", {"type": "Release", "date": "2024-03-08"}),
    "a US state's governor abbreviated before the name is the person": (
        "Illinois Gov. JB Pritzker condemned the deployment on Friday.",
        {"type": "Criticism", "agent": ["JB Pritzker"]}),
    "a senator abbreviated after a state's name is the person": (
        "U.S. Sen. Bob Menendez was charged with bribery.", {"type": "Accusation", "target": ["Bob Menendez"]}),
    "a brigadier abbreviated before the name is the person who speaks": (
        "Army spokesman Brig. Gen. Nabil Abdallah said the RSF shelled the market in El Fasher on Monday.",
        {"type": "Assault", "agent": ["RSF"], "source": ["Nabil Abdallah"]}),
    "a state's opposition coalition protests, not the state": (
        "Kenya's main opposition coalition staged protests in Nairobi on Monday.",
        {"type": "Protest", "agent": ["opposition coalition"]}),
    "unions that stage a strike protest": ("Unions staged a strike on Monday.", {"type": "Protest", "agent": ["unions"]}),
    "a nationwide strike teachers launch is a protest": (
        "Teachers launched a nationwide strike on Monday.", {"type": "Protest", "agent": ["teachers"]}),
    "a strike by unions is theirs": (
        "A national strike by Belgian unions grounded all flights on Monday.",
        {"type": "Protest", "agent": ["Belgian unions"]}),
    "workers who will strike plan a protest": (
        "Teachers will strike on Monday, the union said.",
        {"type": "Protest", "agent": ["teachers"], "status": "planned", "date": "2024-03-11"}),
    "workers who walk off the job protest": (
        "Rail workers walked off the job on Thursday.", {"type": "Protest", "date": "2024-03-07"}),
    "union members who picket protest": (
        "Union members picketed outside terminals in Baltimore.", {"type": "Protest", "agent": ["union members"]}),
    "a verb joined to a reported clause whose object is that clause's subject is the reporter's": (
        "The Chinese Commerce Ministry said the United States had violated trade rules and urged Washington to correct "
        "its mistakes.", {"type": "Statement", "agent": ["Chinese Commerce Ministry"], "target": ["United States"]}),
    "a state's capital as that object is the state": (
        "China's foreign ministry said Japan had violated the agreement and accused Tokyo of provocation.",
        {"type": "Accusation", "agent": ["China's foreign ministry"], "target": ["Japan"]}),
    "a past verb joined to a progressive reported clause is the reporter's": (
        "Interior Minister John Smith said police were investigating and vowed to punish those responsible.",
        {"type": "Threat", "agent": ["John Smith"]}),
    "a verb joined to a reported clause in the same form stays that clause's": (
        "The army said rebels had attacked the village and threatened to kill the hostages.",
        {"type": "Assault", "agent": ["rebels"], "source": ["army"]}),
    "a past verb with an object joined to an infinitive is its subject's": (
        "Police ordered protesters to leave and arrested 20 who refused.", {"type": "Arrest", "agent": ["police"]}),
    "a state an apposition describes speaks, not a state inside it": (
        "Pakistan, a close ally of China, said the sanctions were unfair.", {"type": "Criticism", "agent": ["Pakistan"]}),
    "some of a group are of that group": (
        "Police arrested some of the protesters.", {"type": "Arrest", "agent": ["police"], "target": ["protesters"]}),
    "a state that vows countermeasures against another threatens it": (
        "China vowed to take countermeasures against the United States.",
        {"type": "Threat", "agent": ["China"], "target": ["United States"], "status": "threatened"}),
    "a place of an after-clause of police stays a crowd's protest's": (
        "Thousands protested on Saturday, two days after police killed a protester in Nairobi.",
        {"type": "Protest", "place": ["Nairobi"]}),
    "what one must release under a deal is planned": (
        "Under the deal, Hamas must release 33 hostages in the first phase.",
        {"type": "Release", "status": "planned", "count": (33, "exactly")}),
    "an election rally to demand a resignation protests": (
        "Thousands of opposition supporters attended an election rally in Dhaka to demand the prime minister's "
        "resignation.", {"type": "Protest", "place": ["Dhaka"]}),
    "an act of force joined to a reported clause stays its subject's": (
        "Witnesses said soldiers were patrolling the streets and fired on a crowd.",
        {"type": "Assault", "agent": ["soldiers"], "source": ["witnesses"]}),
    "a state's city joined to a reported clause of that state is a target": (
        "Activists said Syria had bombed rebel-held areas and shelled Idlib.",
        {"type": "Assault", "agent": ["Syria"]}),
    "protesters who seal off a road protest": (
        "Protesters sealed off the main road to the airport in Dhaka.", {"type": "Protest", "agent": ["protesters"]}),
    "a crowd of protesters is the protesters": (
        "A crowd of protesters attacked police officers.", {"type": "Assault", "agent": ["protesters"]}),
    "small groups of demonstrators are the demonstrators": (
        "Small groups of demonstrators protested outside the court.", {"type": "Protest", "agent": ["demonstrators"]}),
    "counter-protesters are not the protesters": (
        "A group of counter-protesters attacked students.",
        {"type": "Assault", "agent": ["counter-protesters"], "target": ["students"]}),
    "an act told as before the main one takes not the main one's day": (
        "Prosecutors charged journalist Hopewell Chin'ono with incitement on Monday, a week after he was arrested in "
        "Harare.", {"type": "Arrest", "target": ["Hopewell Chin'ono"], "date": None}),
    "an act told as before the main one keeps a day of its own clause": (
        "Police arrested 12 people on Friday after protesters attacked a police station on Thursday.",
        {"type": "Protest", "agent": ["protesters"], "date": "2024-03-07"}),
    "a ship hijacked by pirates is an assault of theirs": (
        "Pirates hijacked a bulk carrier off Somalia on Monday.",
        {"type": "Assault", "agent": ["pirates"], "place": ["Somalia"]}),
    "a state off whose coast a ship is attacked is the place": (
        "Houthi rebels attacked a cargo ship off Yemen on Tuesday.",
        {"type": "Assault", "agent": ["Houthis"], "target": [], "place": ["Yemen"]}),
    "a coast guard acts": ("The Italian coast guard detained the captain.",
                           {"type": "Arrest", "agent": ["Italian coast guard"]}),
    "a spokesman for an army acts as the army": (
        "A spokesman for the Maltese army denied the report.", {"type": "Denial", "agent": ["Maltese army"]}),
    "farmers who blockade a port protest there": (
        "Farmers mounted a blockade of the port of Rotterdam on Monday.",
        {"type": "Protest", "agent": ["farmers"], "target": [], "place": ["Rotterdam"]}),
    "truckers who blockade a crossing protest": (
        "Truckers blockaded the border crossing on Monday.", {"type": "Protest", "agent": ["truckers"]}),
    "a state's blockade restricts": ("Israel imposed a blockade on Gaza.",
                                     {"type": "Restriction", "agent": ["Israel"], "target": ["Gaza"]}),
    "the district of a curfew is its place": (
        "Authorities imposed a curfew in the district of Nuh on Monday.",
        {"type": "Restriction", "target": [], "place": ["Nuh"]}),
    "an act of force joined to a clause a speaker tells is the clause's, not the speaker's": (
        "Police said a bomb blast killed five people and wounded 20 in Mogadishu.",
        {"type": "Assault", "agent": [], "source": ["police"], "count": (5, "exactly")}),
    "one killed is counted before five wounded": (
        "A Russian drone struck a bus in Kherson on Friday, killing one person and wounding five.",
        {"type": "Assault", "agent": ["Russia"], "count": (1, "exactly")}),
    "a mob of rioters are the rioters": (
        "A mob of rioters attacked a police station in Dhaka on Thursday.",
        {"type": "Protest", "agent": ["rioters"], "place": ["Dhaka"]}),
    "a cause told by a bare after is dated with its scene": (
        "Riot police fired tear gas on Friday after demonstrators threw stones at them in Tbilisi.",
        {"type": "Assault", "agent": ["riot police"], "date": "2024-03-08"}),
    "a state that threatens to resume airstrikes threatens them": (
        "Russia threatened to resume airstrikes on Idlib on Thursday.",
        {"type": "Assault", "agent": ["Russia"], "status": "threatened"}),
    "a state that summons an ambassador to protest criticises": (
        "China summoned the U.S. ambassador on Friday to protest the arms sale to Taiwan.",
        {"type": "Criticism", "agent": ["China"]}),
    "gangs that blockade a terminal restrict, no protest": (
        "Gangs blockaded the main fuel terminal in Port-au-Prince on Monday.",
        {"type": "Restriction", "agent": ["gangs"]}),
    "a named district of a country is the place": (
        "Militants attacked a checkpoint in the Bajaur district of Pakistan on Monday.",
        {"type": "Assault", "place": ["Bajaur"]}),
    "a two-day strike workers begin is a protest": (
        "Workers began a two-day strike on Monday.", {"type": "Protest", "agent": ["workers"]}),
    "a company the tables lack that the model reads as one is a target": (
        "The European Commission fined Huawei on Monday.",
        {"type": "Restriction", "agent": ["European Commission"], "target": ["Huawei"]}),
    "a body the tables lack that the model reads as one speaks": (
        "Greenpeace said the ship was seized by the navy.", {"type": "Statement", "agent": ["Greenpeace"]}),
    "a passive 'they' after a passive arrest is who was arrested, not the agent of its by-phrase": (
        "The journalists were detained by police on Monday. They were later released.",
        {"type": "Release", "target": ["journalists"]}),
    "an object 'them' after a passive arrest is who was arrested": (
        "The journalists were detained by police on Monday. Police released them on Wednesday.",
        {"type": "Release", "agent": ["police"], "target": ["journalists"]}),
    "a passive 'they' after an arrest is still who was arrested": (
        "Police detained three activists on Monday. They were released on Wednesday.",
        {"type": "Release", "target": ["activists"]}),
    'a participle after an object is what befell the object, by no one named': (
        'Police arrested the journalist on Friday, accused of spying for Russia.',
        {'type': 'Accusation', 'agent': [], 'target': ['journalist']}),
    'a participle after a name is what befell the name': (
        'Hundreds of people marched in support of Imran Khan, jailed since August.',
        {'type': 'Arrest', 'agent': [], 'target': ['Imran Khan']}),
    "a phone call told with 'spoke to ... by phone' is a meeting": (
        'German Chancellor Friedrich Merz, who spoke to Polish Prime Minister Donald Tusk by phone on Thursday, said the talks were useful.',
        {'type': 'Meeting', 'agent': ['Friedrich Merz', 'Donald Tusk']}),
    'rejecting an account is a denial': (
        "China's foreign ministry rejected the Philippine account of the incident.",
        {'type': 'Denial', 'agent': ["China's foreign ministry"]}),
    'a ban on exports to a state is an embargo on that state': (
        'China on Tuesday banned exports to the United States of gallium and germanium.',
        {'type': 'Sanction', 'agent': ['China'], 'target': ['United States']}),
    'warning that a state will pay for an attack threatens it': (
        'Netanyahu warned that Iran would pay for the attack.',
        {'type': 'Threat', 'agent': ['Netanyahu'], 'target': ['Iran']}),
    'vowing that a state will pay threatens it': (
        'Benjamin Netanyahu has vowed that Iran will pay for the attack.',
        {'type': 'Threat', 'agent': ['Benjamin Netanyahu'], 'target': ['Iran']}),
    "a known leader's warning of his state's act threatens": (
        'Vladimir Putin warned that Russia would respond to the attack.',
        {'type': 'Threat', 'agent': ['Vladimir Putin']}),
    'an act on some of the people named is theirs, counted': (
        'Soldiers detained 15 men in a raid on a monastery and later shot three of them dead.',
        {'type': 'Assault', 'agent': ['soldiers'], 'target': ['men'], 'count': (3, 'exactly')}),
    'a crowd counted with no noun that marches protests': (
        'Tens of thousands took to the streets of Belgrade on Saturday.',
        {'type': 'Protest', 'agent': ['protesters']}),
    'a crowd counted with no noun is people held': (
        'Hundreds were detained in Minsk on Sunday.',
        {'type': 'Arrest', 'target': ['people']}),
    'an armed body named before its crewed craft strikes': (
        'A Myanmar military jet bombed a village in western Rakhine state on Wednesday, killing at least 40 people.',
        {'type': 'Assault', 'agent': ['Myanmar military']}),
    "a body's initials after 'or' are its own": (
        'The Nigeria Center for Disease Control and Prevention, or NCDC, said it has recorded 39 cases of mpox.',
        {'type': 'Statement', 'agent': ['Nigeria Center for Disease Control and Prevention']}),
    "a party's izafe name is a body's, and 'it' after its saying is the body": (
        'Pakistan International Airlines cancelled flights. Jamaat-e-Islami, a religious party, said it would hold nationwide protests on Friday.',
        {'type': 'Protest', 'agent': ['Jamaat-e-Islami']}),
    "a condemnation's judgement is its own words, not a second criticism of its speaker's": (
        "Iran condemned the attack as a clear violation of Yemen's sovereignty, foreign ministry spokesman Nasser Kanani said.",
        {'type': 'Criticism', 'agent': ['Iran']}),
    'a state that will take resolute measures against another threatens it': (
        'China will take resolute measures against the United States, the foreign ministry said.',
        {'type': 'Threat', 'agent': ['China'], 'target': ['United States']}),
    'a spokesman under the initials the story gave speaks for that body': (
        'The Rapid Support Forces took the town on Monday. RSF spokesman Al-Fatih Qurashi welcomed the talks but warned that the group would respond forcefully to any army advance.',
        {'type': 'Threat', 'agent': ['Al-Fatih Qurashi']}),
    'a formal charge naming weapons in its crime is an accusation': (
        'Police charged three activists with possession of knives and weapons.',
        {'type': 'Accusation', 'agent': ['police'], 'target': ['activists']}),
    'protesters who gather to watch still protest': (
        'Protesters gathered outside the embassy to watch the ambassador leave.',
        {'type': 'Protest', 'agent': ['protesters']}),
    'a sum paid for a mistake is a payment': (
        'Uganda paid $3 million for the mistake in the contract, the auditor said.',
        {'type': 'Payment', 'agent': ['Uganda']}),
    'warning that a state will pay for it threatens it': (
        'Vladimir Putin warned that France would pay for it.',
        {'type': 'Threat', 'agent': ['Vladimir Putin'], 'target': ['France']}),
    'a participle after a raided town tells of the raiders': (
        'Israeli troops raided Jenin on Monday, accused by Palestinians of killing two teenagers.',
        {'type': 'Accusation', 'agent': ['Palestinians'], 'target': ['Israeli troops']}),
    'numbers of the people joined are added': (
        'Security forces arrested three of his aides and two of his sons.',
        {'type': 'Arrest', 'count': (5, 'exactly')}),
    "a rejected report's content is denied, by who rejects it": (
        "Nigeria's army rejected the reports that soldiers had shot protesters at the Lekki toll gate.",
        {'type': 'Assault', 'status': 'denied', 'target': ['protesters']}),
    "rejecting reports of one's own men targets no one": (
        "Nigeria's army rejected the reports that soldiers had shot protesters at the Lekki toll gate.",
        {'type': 'Denial', 'target': []}),
    "a body's office speaks as the body, and charges as it": (
        "Three men have been charged with spying for Russia, the federal prosecutors' office in Karlsruhe said.",
        {'type': 'Accusation', 'agent': ['federal prosecutors'], 'target': ['men']}),
    'an armed group described so before is the one its description names': (
        'The paramilitary Rapid Support Forces shelled El Fasher on Monday, killing 12 people, the Sudan Doctors Network said. The paramilitary group denied targeting civilians and accused the army of lying.',
        {'type': 'Denial', 'agent': ['Rapid Support Forces']}),
    'the named ones among those arrested are arrested': (
        'Police arrested 30 people, including opposition leader Kizza Besigye, on Monday.',
        {'type': 'Arrest', 'target': ['people', 'Kizza Besigye']}),
    'the named ones among those sanctioned are sanctioned': (
        'The EU imposed sanctions on 20 individuals, including Russian businessman Oleg Deripaska.',
        {'type': 'Sanction', 'target': ['individuals', 'Oleg Deripaska']}),
    "the North is the divided land's state the story named": (
        "North Korean leader Kim Jong Un visited a factory on Friday. South Korea's military said on Sunday the North fired two ballistic missiles into the sea.",
        {'type': 'ForceDisplay', 'agent': ['North Korea'], 'date': '2024-03-03'}),
    'slowing internet access restricts': (
        'Iranian authorities have arrested dozens of activists and slowed internet access in several cities.',
        {'type': 'Restriction', 'agent': ['Iranian authorities']}),
    'services that remain cut are restricted, still': (
        'Mobile internet services remained cut in Dhaka on Saturday.',
        {'type': 'Restriction', 'status': 'ongoing', 'place': ['Dhaka']}),
    "a call's topic is no party to it": (
        'Joe Biden spoke to Benjamin Netanyahu about the hostages by phone on Sunday.',
        {'type': 'Meeting', 'agent': ['Joe Biden', 'Benjamin Netanyahu']}),
    "a rejected account's author, named after 'of', is the denial's target": (
        "Israel's military rejected the account of the Palestinian health ministry that its strike killed 40 people.",
        {'type': 'Denial', 'target': ['Palestinian health ministry']}),
    "officials of a state's body listed are no name of the state's": (
        "The Treasury sanctioned 12 people, including officials of Iran's Revolutionary Guards.",
        {'type': 'Sanction', 'target': ['people']}),
    'a leader spoken to is met': (
        'Joe Biden spoke to Xi Jinping on Tuesday.',
        {'type': 'Meeting', 'agent': ['Joe Biden', 'Xi Jinping']}),
    'a call one expects to make on a weekday is ahead': (
        'Volodymyr Zelensky said he expected to speak with Donald Trump on Wednesday.',
        {'type': 'Meeting', 'status': 'planned', 'agent': ['Volodymyr Zelensky', 'Donald Trump'], 'date': '2024-03-13'}),
    "a leader after 'to' whose given name is a town's is the leader": (
        'Recep Tayyip Erdogan spoke to Vladimir Putin on Friday.',
        {'type': 'Meeting', 'agent': ['Recep Tayyip Erdogan', 'Vladimir Putin']}),
    "a meeting leaders 'are to' hold on a weekday is ahead": (
        'Joe Biden and Xi Jinping are to meet on Wednesday in Bali.',
        {'type': 'Meeting', 'status': 'planned', 'agent': ['Joe Biden', 'Xi Jinping'], 'date': '2024-03-13'}),
    "a rally a party 'is to' hold is planned": (
        'The opposition is to hold a rally on Friday, organisers said.',
        {'type': 'Protest', 'status': 'planned', 'agent': ['opposition'], 'date': '2024-03-15'}),
    'talks between two parties, one described, meet both': (
        "Talks between Sudan's army and the paramilitary Rapid Support Forces collapsed in Jeddah on Tuesday.",
        {'type': 'Meeting', 'agent': ['Sudan army', 'Rapid Support Forces'], 'place': ['Jeddah']}),
    'those said to be to blame are blamed by the speaker': (
        'Interior Minister Ali Khan said the rebels were to blame for the bombing.',
        {'type': 'Accusation', 'agent': ['Ali Khan'], 'target': ['rebels']}),
    "a currency's code before an amount is no organisation": (
        'The African Development Bank approved a USD 500 million loan to Kenya on Tuesday.',
        {'type': 'Loan', 'agent': ['African Development Bank'], 'target': ['Kenya']}),
    'hostages handed over are released by who held them': (
        'Hamas handed over three Israeli hostages to the Red Cross on Saturday.',
        {'type': 'Release', 'agent': ['Hamas'], 'target': ['Israeli hostages'], 'count': (3, 'exactly')}),
    "a long title's name before the verb acts": (
        'Cabinet Secretary for the National Treasury Peter Kamau Njoroge thanked the World Bank Group for its support and said the operation reflected confidence in Kenya.',
        {'type': 'Statement', 'agent': ['Peter Kamau Njoroge']}),
    "a deed condemned by its doer's demonym blames the doer's state": (
        'France condemned the Russian invasion of Ukraine.',
        {'type': 'Criticism', 'agent': ['France'], 'target': ['Russia']}),
    'who a relative clause says won the election won it': (
        'Thousands protested the July election, which the electoral council said President Nicolas Maduro had won.',
        {'type': 'Election', 'agent': ['Nicolas Maduro']}),
    'who is prompted to act acts': (
        'The United States imposed sanctions on officials, prompting Beijing to bar entry to American lawmakers.',
        {'type': 'Restriction', 'agent': ['China']}),
    "a state's protest against a measure, summoning an envoy, criticises": (
        "Britain summoned China's ambassador to protest against the bounties.",
        {'type': 'Criticism', 'agent': ['United Kingdom']}),
    "a ministry's protest to a state over a measure criticises the state": (
        "Vietnam's foreign ministry said it had protested to Beijing over a Chinese survey ship.",
        {'type': 'Criticism', 'agent': ["Vietnam's foreign ministry"], 'target': ['China']}),
    'culprits who will not be spared are threatened': (
        'Chaudhry warned that terrorists would not be spared.',
        {'type': 'Threat', 'agent': ['Chaudhry'], 'target': ['terrorists']}),
    "an accused thing's demonym names the accused state": (
        'Japan accused a Chinese spy plane of violating its airspace in August.',
        {'type': 'Accusation', 'agent': ['Japan'], 'target': ['China']}),
    'a company a demonym places is accused, not its state': (
        'Several environment groups accused the Spanish company of greenwashing.',
        {'type': 'Accusation', 'agent': ['environment groups'], 'target': []}),
    'a capitalised name ending in Force is a body': (
        'The Radaa Deterrence Force denied the charges.',
        {'type': 'Denial', 'agent': ['Radaa Deterrence Force']}),
    "a boat a demonym places, fired on, is its state's": (
        'A Chinese coast guard ship fired water cannon at a Philippine supply boat near Second Thomas Shoal on Sunday.',
        {'type': 'ForceDisplay', 'agent': ['China'], 'target': ['Philippines']}),
    "a hospital a demonym places, struck, is its state's": (
        'A Russian missile struck a Ukrainian hospital in Kharkiv.',
        {'type': 'Assault', 'agent': ['Russia'], 'target': ['Ukraine']}),
    "a ban on imports of a nation's goods is an embargo on its state": (
        'Cambodia banned imports of Thai fruit and vegetables on Monday.',
        {'type': 'Sanction', 'agent': ['Cambodia'], 'target': ['Thailand']}),
    "a party's protest against an arrest in a city is a protest": (
        'The Aam Aadmi Party protested against the arrest of Arvind Kejriwal in Delhi on Friday.',
        {'type': 'Protest', 'agent': ['Aam Aadmi Party']}),
    'what is to be done in a relative clause dates nothing ahead': (
        'Joe Biden, who is to leave office in January, met Xi Jinping in Lima on Monday.',
        {'type': 'Meeting', 'date': '2024-03-04'}),
    "a date after a warning is the warning's": (
        'The EU is to impose new sanctions on Belarus, diplomats confirmed on Wednesday.',
        {'type': 'Sanction', 'status': 'planned', 'date': '2024-03-06'}),
    'effects no country will be spared threaten no one': (
        'No country will be spared the effects of climate change, Antonio Guterres said.',
        {'type': 'Statement', 'agent': ['Antonio Guterres']}),
    'a citizen a demonym places is accused, not the state': (
        'Belarus accused a Lithuanian citizen of spying.',
        {'type': 'Accusation', 'agent': ['Belarus'], 'target': []}),
    'who is partly to blame is blamed': (
        'Interior Minister Ali Khan said the rebels were partly to blame for the bombing.',
        {'type': 'Accusation', 'agent': ['Ali Khan'], 'target': ['rebels']}),
    'a similar story of abuse is told': (
        'Human Rights Watch told a similar story of abuse in a report.',
        {'type': 'Statement', 'agent': ['Human Rights Watch']}),
    "a currency's code after an amount is no organisation": (
        'The bank approved a 300 million USD credit line for Kenya.',
        {'type': 'Loan', 'agent': [], 'target': ['Kenya']}),
    'wounded people treated after an attack are its targets': (
        'Doctors treated 200 wounded protesters after police opened fire on the march.',
        {'type': 'Assault', 'agent': ['police'], 'target': ['protesters']}),
    "whom a rally demands resign is the protest's target": (
        'Thousands of protesters rallied in Bangkok on Saturday to demand the resignation of Prime Minister Paetongtarn Shinawatra.',
        {'type': 'Protest', 'agent': ['protesters'], 'target': ['Paetongtarn Shinawatra']}),
    "whom marchers demand step down is the protest's target": (
        'Thousands marched in Belgrade on Friday demanding that President Aleksandar Vucic step down.',
        {'type': 'Protest', 'target': ['Aleksandar Vucic']}),
    'a politician who attacks a government over a measure criticises': (
        'Opposition leader Raila Odinga attacked the government over the new taxes.',
        {'type': 'Criticism', 'agent': ['Raila Odinga']}),
    'rebels who attack a convoy for the second time assault it': (
        'Rebels attacked the convoy for the second time this month.',
        {'type': 'Assault', 'agent': ['Rebels']}),
    'protesters who attack police over an arrest assault them': (
        'Protesters attacked police over the arrest of their leader.',
        {'type': 'Assault', 'agent': ['protesters'], 'target': ['police']}),
    'military action threatened threatens no military': (
        'Donald Trump has also threatened military action.',
        {'type': 'Threat', 'agent': ['Donald Trump'], 'target': []}),
    "a capital's foreign ministry condemns as a body": (
        "Tehran's foreign ministry condemned the American and British strikes.",
        {'type': 'Criticism', 'agent': ["Iran's foreign ministry"], 'target': ['United States', 'United Kingdom']}),
    'who is said to be behind an attack is accused by who says so': (
        'Officials said the rebels were behind the attack.',
        {'type': 'Accusation', 'agent': ['officials'], 'target': ['rebels']}),
    'people behind bars are held, not to blame': (
        'Five journalists are behind bars.',
        {'type': 'Arrest', 'target': ['journalists']}),
    'who a condemnation says is wronged is not blamed': (
        "Tehran's foreign ministry condemned the American and British strikes as a violation of Yemen's sovereignty.",
        {'type': 'Criticism', 'target': ['United States', 'United Kingdom']}),
    'a commander of a body killed is the body struck': (
        'A US drone strike killed a senior commander of Hezbollah in Baghdad on Wednesday.',
        {'type': 'Assault', 'agent': ['United States'], 'target': ['Hezbollah']}),
    'a leader of a body arrested is the body held': (
        'Police arrested a leader of the ELN in Bogota.',
        {'type': 'Arrest', 'agent': ['police'], 'target': ['ELN']}),
    "an armed body's attack over a killing is an assault": (
        'Hezbollah attacked Israel over the killing of its commander.',
        {'type': 'Assault', 'agent': ['Hezbollah'], 'target': ['Israel']}),
    'troops told to leave a country are no leader ousted': (
        'Thousands marched in Niamey demanding that French troops leave Niger.',
        {'type': 'Protest', 'target': []}),
    "a demand with its own speaker is no protest's": (
        'Thousands protested in Tbilisi, and President Salome Zourabichvili called for Prime Minister Irakli Kobakhidze to resign.',
        {'type': 'Protest', 'target': []}),
    "a merchant ship's flag is no party": (
        'Houthi rebels fired a missile at a Singaporean container ship on Monday.',
        {'type': 'Assault', 'agent': ['Houthis'], 'target': []}),
    "who is killed is the target, not the village's state": (
        'A Russian missile struck a Ukrainian village near Kharkiv, killing a British aid worker.',
        {'type': 'Assault', 'target': ['British aid worker']}),
}

NO_EVENT = {
    "a guest at a military parade shows no force": (
        "Xi Jinping attended a military parade in Moscow.", "ForceDisplay"),
    "traders who close their shops do not protest": (
        "Traders closed their shops because of the curfew.", "Protest"),
    "visa restrictions restrict no one of the state's own": (
        "The United States in May imposed visa restrictions on Ethiopian officials.", "Restriction"),
    "warning shots are no assault": (
        "The coast guard fired warning shots at a fishing boat on Monday.", "Assault"),
    "dragging out talks holds no one": (
        "China has been dragging out the debt talks for two years.", "Arrest"),
    "doctors in detention centers are not held": (
        "Doctors in detention centers reported abuse of the inmates.", "Arrest"),
    "beaten by guards in prison holds no guards": (
        "Ismael Zambada said he was beaten by guards in prison.", "Arrest"),
    "who says her client would be punished vows nothing": (
        "Lawyer Ana Ruiz said her client would be punished for a crime he did not commit.", "Threat"),
    "who beats a rival winning a share of the vote wins it": (
        "She lost the 2016 election to Igor Dodon but beat him four years later, winning 57.7% in a run-off.", "Assault"),
    "who beats the incumbent wins a vote": (
        "Sandu, a former World Bank economist, beat the incumbent Igor Dodon in 2020.", "Assault"),
    "what would have been punished vows nothing": (
        "The spokesman said the officers would have been punished.", "Threat"),
    "a blaze at a place that kills is no one's violence": (
        "Prosecutors charged five people with homicide over a fire at an immigration detention center in Ciudad Juarez that killed 39 migrants.", "Assault"),
    "arrests every week are a habit": (
        "Every week the regime detains dozens of dissidents in Tehran.", "Arrest"),
    "a rate of deaths a year is no act": (
        "Fentanyl kills about 70,000 Americans a year.", "Assault"),
    "wildfires that kill are no one's violence": (
        "Algeria blamed Morocco for wildfires that killed 90 people.", "Assault"),
    "a blaze kills in no one's violence": (
        "A fire at a migrant detention center in Ciudad Juarez killed 39 migrants on Monday.", "Assault"),
    "jailed for years is a sentence": (
        "The former co-chair Figen Yuksekdag was jailed for 30 years.", "Arrest"),
    "a sentence served is no event of the contract": (
        "The opposition leader Ana Ortiz is serving an 11-year prison term.", "Arrest"),
    "a sentence a court passes is no event of the contract": (
        "A court in Chisinau on Tuesday sentenced the governor Evghenia Gutul to seven years in prison.", "Arrest"),
    "who saw a memo did not write it": (
        "The memo, which was seen by Reuters, said OpenAI would raise salaries.", "Statement"),
    "critics of a body are not the body": (
        "Critics of the UN say the appeal process is broken.", "Statement"),
    "a rights group's warning of what the police may do threatens no one": (
        "Amnesty International warned that the police could use excessive force against protesters.", "Threat"),
    "a state's travel bans on its own people are no sanction": (
        "Nicaragua imposed travel bans on opposition politicians.", "Sanction"),
    "what one stopped short of is not done": (
        "Zimbabwe's foreign ministry said it was monitoring the situation but stopped short of criticising the South African government.", "Criticism"),
    "who is dragged out to be shot is not arrested": (
        "Soldiers dragged three men from a bus and shot them dead.", "Arrest"),
    "one person shot after a meeting meets no one": (
        "Mr Fico survived an assassination attempt in May 2023, when a 71-year-old man shot him five times after a government meeting in the town of Handlova.", "Meeting"),
    "who could be jailed under the law is not arrested": (
        "Under the new law, organisers could be jailed for up to a year.", "Arrest"),
    "an arrest information may lead to is none": (
        "The State Department has offered rewards of up to $5 million for information leading to the arrest of some gang leaders.", "Arrest"),
    "a warning that one's country could suffer threatens no one": (
        "Finance Minister Ana Ortiz warned that her country could face a recession.", "Threat"),
    "the ban after an embargo is the embargo": (
        "China has banned exports to the United States of gallium. The Commerce Department in Washington said it was assessing the ban.", "Restriction"),
    "a court's travel ban is no sanction": (
        "A court imposed a travel ban on the opposition leader.", "Sanction"),
    "a state's blockade is no sanction": (
        "Israel imposed a blockade on the Gaza Strip.", "Sanction"),
    "the attack after a hack is the hack": (
        "Hackers have begun publishing the private medical records of customers of Medibank. The Australian Federal Police said on Friday it believed the attack was carried out by individuals in Russia.", "Assault"),
    "who protests were funded by holds none": (
        "The protests were funded by foreign groups.", "Protest"),
    "a crime a complaint names is no act": (
        "She filed a complaint with prosecutors for attempted murder and terrorism.", "Assault"),
    "a crime one is suspected of is no act": (
        "Police arrested two men on suspicion of murder.", "Assault"),
    "crimes a charge includes are no act": (
        "The prisoners will face charges including drug trafficking and murder.", "Assault"),
    "a crime a charge names is no act": (
        "Prosecutors charged a former attorney general, Jesús Murillo Karam, with torture and obstruction of justice.", "Assault"),
    "ships that blasted vessels with water cannon blame no one": (
        "The Philippine Coast Guard said two Chinese coast guard ships blasted the vessels with high-pressure water cannon on Monday.", "Criticism"),
    "arrests that must stop are no arrest": (
        "The arrests of journalists must stop, Amnesty International said.", "Arrest"),
    "a criticism saying why is one claim": (
        "Kenya's foreign ministry condemned the attack, saying it was a crime against civilians.", "Statement"),
    "words that no one will be punished vow nothing": (
        "“No one will be punished for protesting,” Interior Minister Ali Yerlikaya said.", "Threat"),
    "a warning that any delay could raise costs is no threat": (
        "Finance Minister Njuguna Ndungu warned that any delay could raise costs.", "Threat"),
    "killed when an aircraft crashed is an accident": (
        "In 2022, four U.S. Marines were killed when their aircraft crashed in bad weather.", "Assault"),
    "protesters storming a building is no assault": (
        "In Kinshasa, hundreds of protesters attacked the embassies of France and Belgium on Tuesday.", "Assault"),
    "the N-year-old the story gave someone unnamed is not the one named": (
        "Police arrested Ahmet Ozer on Tuesday. A 19-year-old was also detained. The 19-year-old was released on Friday.", "Release"),
    "avoiding calling something a coup blames no one": (
        "The United States has so far avoided calling the takeover a coup.", "Criticism"),
    "a deal called a coup for someone is a success, no criticism": (
        "Analysts called the deal a coup for the president.", "Criticism"),
    "a firm's offensive against rivals is no violence": (
        "The company launched an offensive against its rivals in the smartphone market.", "Assault"),
    "a plane that crashed killing people is no one's violence": (
        "A plane crashed near Kathmandu on Monday, killing 18 people.", "Assault"),
    "a question of the writer's tells no event": (
        "Did police beat the protesters?", "Assault"),
    "an election named after the arrests' day takes no day of theirs": (
        "Police arrested 20 activists on Friday ahead of the election.", "Election"),
    "a minister's negated payment to a state is no statement of the state": (
        "“We will not pay the debt to Russia,” said the minister.", "Statement"),
    "a lawyer who walks out of a prison after a visit is not freed": (
        "Navalny's lawyer walked out of the prison after a visit.", "Release"),
    "a firm that beats expectations strikes no one": (
        "Apple beat expectations with record profits.", "Assault"),
    "who lends weight lends no money": (
        "Former president Barack Obama lent his weight to the campaign.", "Loan"),
    "a place threatened by a habit is at risk, threatened by no one": (
        "The group said the province is threatened by the high consumption of dog meat.", "Threat"),
    "prisoners transferred are paid nothing": (
        "The ministry transferred the prisoners to a jail in Sfax.", "Payment"),
    "a boat warned off is told nothing": (
        "An Algerian navy vessel fired shots into the air to warn off a fishing boat.", "Statement"),
    "who walks out of prison protests nothing": (
        "Sami Ben Salah walked out of Mornaguia prison on Tuesday after a presidential pardon.", "Protest"),
    "a minister under attack over a budget is not attacked": (
        "The finance minister came under attack over the budget.", "Assault"),
    "troops under fire are not criticised": (
        "Soldiers came under fire from Al-Shabaab militants near Kismayo on Monday.", "Criticism"),
    "a government under attack from critics is not attacked": (
        "The government has come under attack from critics over the law.", "Assault"),
    "a minister under fire from unions is not shot at": (
        "The finance minister came under fire from unions on Monday over the budget.", "Assault"),
    "who are killed in a gas cylinder explosion are no one's victims": (
        "Twelve people were killed in a gas cylinder explosion in Karachi.", "Assault"),
    "a fire at a factory that kills is no one's violence": (
        "A fire at a garment factory killed 21 workers in Dhaka on Monday.", "Assault"),
    "a gas explosion that kills is no one's violence": (
        "A gas explosion killed 21 workers at a mine in Balochistan on Monday.", "Assault"),
    "addresses of places published are no leak": (
        "The ministry published the addresses of polling stations.", "DataLeak"),
    "a protest note is no street protest": (
        "Jakarta lodged a protest note with Beijing on Friday.", "Protest"),
    "troops who occupy a town protest nothing": ("Troops occupied the town on Monday.", "Protest"),
    "an election someone may win against a leader is none the leader won": (
        "Ekrem Imamoglu is the man most likely to defeat Recep Tayyip Erdogan at the next election.", "Election"),
    "troops pressed back appeal to no one": ("The army pressed the RSF to the outskirts of Khartoum.", "Statement"),
    "a fee charged is no charge": ("Foreigners will be charged $50 for a visa.", "Accusation"),
    "a candidate's vow to prosecute is no charge": ("Donald Trump said he would prosecute Joe Biden.", "Accusation"),
    "a warning that a group will be prosecuted is no charge": (
        "Protesters who block roads will be prosecuted, the interior minister warned.", "Accusation"),
    "relatives of the detained are not the detained": ("Relatives of those detained gathered outside the court.",
                                                       "Arrest"),
    "what a prison holds is its size": ("The prison, which holds 4,000 inmates, was stormed on Monday.", "Arrest"),
    "an offer on a condition threatens no one": ('"If the European Union agrees, we will cut tariffs," the minister said.',
                                                "Threat"),
    "an offensive pressed on appeals to no one": (
        "As the army pressed an offensive to push the RSF out, 40 people died.", "Statement"),
    "a payment missed is none": ("Zambia missed a $42.5 million payment on its bonds.", "Payment"),
    "payments defaulted on are none": ("Ghana defaulted on its payments in December.", "Payment"),
    "feet dragged are no one's arrest": ("Brussels is dragging its feet on the aid package.", "Arrest"),
    "a bill killed is no one killed": ("Senate Republicans killed the bill on Tuesday.", "Assault"),
    "talks with a group, by no one named, are no meeting": (
        "Ethiopia defaulted on its Eurobond in December, after talks with bondholders broke down.", "Meeting"),
    "a release awaited is no release": ("Protests will go on until Khan is released, the party said.", "Release"),
    "a release a strike waits for is none": ("The strike will continue until the government frees the leaders.",
                                             "Release"),
    "sketches released free no one": ("Police released sketches of three suspects on Monday.", "Release"),
    "a video message released frees no one": ("The group released a video message on Telegram.", "Release"),
    "a charge said to be hard to bring is none": ("Legal experts said it would be difficult to charge them.",
                                                  "Accusation"),
    "a rival beaten in a vote is not struck": ("Recep Tayyip Erdogan beat Kemal Kilicdaroglu in the runoff vote.",
                                               "Assault"),
    "an arrest one is obliged to make is no arrest": ("Hungary is obliged to arrest anyone who enters its territory.",
                                                      "Arrest"),
    "an alarm said to be false blames no one": ("Police said the alarm was false.", "Criticism"),
    "a council's vote on a resolution is no election": ("Russia vetoed the resolution in a vote on Monday.", "Election"),
    "a tally of votes is no election": ("The resolution was adopted by a vote of 13 in favor.", "Election"),
    "a protest against a lockdown imposes none": ("Lockdown protests spread to Melbourne on Saturday.", "Restriction"),
    "turkeys pardoned free no one": ("Biden pardoned two turkeys at the White House on Tuesday.", "Release"),
    "fighting that would come is no clash": ("Fighting between India and Pakistan would be catastrophic, analysts said.",
                                             "Assault"),
    "fighting a ceasefire ended is no clash told": ("The ceasefire ended fighting between Israel and Hezbollah.",
                                                    "Assault"),
    "political fighting is no clash": ("Political fighting between Democrats and Republicans delayed the budget.",
                                       "Assault"),
    "the military government alone is not the story's other state": (
        "Thailand accused Myanmar of shelling a border village. The military government denied the accusation.",
        "Denial"),
    "details of drills told said are no claim of the speaker's": (
        "China launched military drills around Taiwan on Thursday. The Eastern Theater Command said the drills "
        "were being held in the Taiwan Strait.", "Statement"),
    "those a sanction befell, listed by a speaker, are no claim": (
        "China imposed sanctions on three Taiwanese lawmakers on Monday. Those targeted include Puma Shen and "
        "Wang Ting-yu, the Taiwan Affairs Office said.", "Statement"),
    "charges dropped accuse no one": ("Police dropped the charges against the activists on Monday.", "Accusation"),
    "a capital named in apposition is no speaker": ("The capital, Addis Ababa, was calm on Monday.", "Statement"),
    "fighting told in general is no clash": ("The fighting has displaced millions of people.", "Assault"),
    "holding people accountable holds no one in custody": ("China vowed to hold the separatists accountable.", "Arrest"),
    "a warning to colleagues about a virus threatens no one": (
        "Dr. Li Wenliang warned colleagues about a new virus in December.", "Threat"),
    "a warning to residents of a risk threatens no one": (
        "Health Minister John Banda warned residents of the risk of cholera.", "Threat"),
    "an attack a warning is about has not happened": ("Iran warned Israel about the consequences of an attack.",
                                                      "Assault"),
    "an arrest a warning is about has not happened": (
        "Police warned protesters of arrest if they gathered outside parliament.", "Arrest"),
    "a lockdown lifted is no restriction imposed": ("The government lifted the lockdown on Monday.", "Restriction"),
    "jobs lost during a lockdown restrict no one": ("Thousands lost their jobs during the lockdown.", "Restriction"),
    "an airline that suspends flights for a storm restricts no one": (
        "Kenya Airways suspended flights to Dubai because of the storm.", "Restriction"),
    "the one who told reporters on a day says nothing more": (
        "Police arrested 12 opposition activists, spokesman Ruslan Kaz told reporters on Monday.", "Statement"),
    "a people's share of a population is no group that acts": (
        "Muslims make up 15 percent of the population.", "Statement"),
    "'its' after two states names no one's ministry": (
        "Russia and China held talks. Its foreign ministry condemned the sanctions.", "Criticism"),
    "a term of office served holds no one": ("President Ana Ortiz is serving a second five-year term.", "Arrest"),
    "sanctions a vetoed resolution would have imposed are not imposed": (
        "Russia vetoed a U.N. resolution that would have imposed sanctions on Mali.", "Sanction"),
    "what a bomb could have done it did not do": (
        "The bomb could have killed hundreds of people, police said.", "Assault"),
    "a body that says it carried out the attack makes no statement of its own": (
        "A bomb killed 12 people at a mosque in Peshawar on Friday. The Baloch Liberation Army said it carried out "
        "the attack.", "Statement"),
    "who adds names to a list says nothing": (
        "The United States added 14 Chinese companies to its sanctions list on Friday.", "Statement"),
    "people captured on camera are not arrested": ("The suspects were captured on CCTV fleeing the scene.", "Arrest"),
    "'its' after a party's sentence names no state's body": (
        "The ruling party lost its majority in Poland's election. Its leadership condemned the result.", "Criticism"),
    "a strike condemned as a massacre is no second attack": (
        "Hamas condemned the strike as a massacre and called on the U.N. Security Council to intervene.", "Assault"),
    "talks called a historic step are not blamed": ("The minister called the talks a historic step.", "Criticism"),
    "a warning of escalation names no act blamed": ("Officials warned of further escalation.", "Criticism"),
    "a prison sentence avoided holds no one": ("Ana Ortiz avoided serving a prison sentence after the appeal.", "Arrest"),
    "a suspended sentence holds no one": ("Ana Ortiz is serving a suspended sentence.", "Arrest"),
    "people captured by drone footage are filmed": (
        "Hostages were captured by drone footage as they were led into Gaza.", "Assault"),
    "'its' after a state's company names no state's words": (
        "Russia's Gazprom cut gas supplies to Europe on Monday. Its leadership said the cuts were necessary.", "Statement"),
    "a campaign rally is no protest": ("Trump held a campaign rally in Ohio on Saturday.", "Protest"),
    "what is told a news conference is no statement besides the act": (
        "Police arrested 12 gang members in Medellin on Monday, Defense Minister Ivan Velasquez told a news "
        "conference.", "Statement"),
    "firefighters' drill shows no force": ("Firefighters held a drill at the airport.", "ForceDisplay"),
    "a strike called off holds no protest": ("The unions called off the strike.", "Protest"),
    "a strike on a town is no walkout": ("Israel carried out a strike on Rafah on Monday.", "Protest"),
    "a deal struck by a union is no walkout": ("The union struck a deal with the company.", "Protest"),
    "who should be arrested is not arrested": ("Trump said Newsom should be arrested.", "Arrest"),
    "who must be released is not released": ("Rights groups said the activists must be released.", "Release"),
    "conditions met meet no one": ("Pakistan must raise taxes to meet the IMF's conditions.", "Meeting"),
    "obligations met meet no one": ("Zambia struggled to meet its debt obligations.", "Meeting"),
    "a militia that strikes again walks out of nothing": (
        "Members of the militia struck again on Tuesday, killing five villagers.", "Protest"),
    "a strike by members of an armed group on a post is no walkout": (
        "A strike by Hezbollah members on an Israeli army post wounded three soldiers.", "Protest"),
    "fighter jets sent to a state are aid, no show of force": (
        "The Netherlands has sent 24 F-16 fighter jets to Ukraine.", "ForceDisplay"),
    "hospitals forced to close by fighting are restricted by no one": (
        "Fighting in Khartoum has forced most hospitals to close, the WHO said.", "Restriction"),
    "a group in apposition to a body's unread name is no speaker of its own": (
        "The Nigeria Labour Congress, the country's main labour union, said police had arrested its president.",
        "Statement"),
    "a debate hijacked is no assault": ("Populists hijacked the debate.", "Assault"),
    "a rally police threaten to break up is no protest of theirs": (
        "Police threatened to break up the rally by force.", "Protest"),
    "a hunger strike's aim to protest a detention is no criticism besides": (
        "Activist Alaa Abdel Fattah went on hunger strike in March to protest his detention.", "Criticism"),
    "a train of reforms hijacked is no assault": ("Critics said the ruling party hijacked the train of reforms.",
                                                  "Assault"),
    "wages frozen sanction no one": ("The government froze public sector wages.", "Sanction"),
    "what pictures capture is not arrested": ("The images captured protesters fleeing tear gas.", "Arrest"),
    "a town captured is no arrest": ("Rebels captured the town of Goma on Monday.", "Arrest"),
    "a claim of an attack told by its doer is no statement of its own": (
        "Al-Shabab fighters attacked a base in Somalia on Monday. The militant group later claimed responsibility.",
        "Statement"),
    "a state meets no one by itself": ("China's annual political meetings opened in Beijing on Tuesday.", "Meeting"),
    "who calls an act so did not do it": ("President Joe Biden called the bombing cowardly.", "Assault"),
    "money released frees no one": ("The EU released 50 million euros in aid to Niger.", "Release"),
    "dollars released free no one": ("The World Bank released $500 million to Kenya on Monday.", "Release"),
    "an election's offices hold no election": ("Protesters attacked election offices in the capital.", "Election"),
    "a strike on a day is no attack": ("Teachers launched a strike on Monday in Nairobi.", "Assault"),
    "aid cut off is no restriction of anyone told": ("Aid has been cut off to the region.", "Restriction"),
    "goods traded are no event": ("The two countries traded goods worth $5 billion last year.", "Accusation"),
    "a visit to a town meets no one": ("President William Ruto visited Mombasa on Monday.", "Meeting"),
    "a walkout against low pay is no attack": ("Teachers began a strike against low pay in Nairobi on Monday.", "Assault"),
    "a walkout on a railway is no attack": ("Rail workers staged a 24-hour strike on the London Underground.", "Assault"),
    "what no one denies is not denied": ("No one denies that Russia attacked Ukraine in 2022.", "Denial"),
    "a judgement of what would be is no criticism": (
        "“It would be senseless to continue the talks under these conditions,” Lavrov said.", "Criticism"),
    "workers who strike are not struck": (
        "Thousands of workers joined a strike at the car factory on Monday.", "Assault"),
    "who spoke for a body once acts as no one": (
        "A former spokesman for the State Department criticized the decision.", "Criticism"),
    "a sentence in absentia holds no one": (
        "A tribunal sentenced former Prime Minister Sheikh Hasina to death in absentia on Monday.", "Arrest"),
    "alleged as an adjective tells no accusation": ("Observers found no evidence of alleged fraud.", "Accusation"),
    "residents who gather do not protest": ("Residents gathered in the square on Sunday.", "Protest"),
    "the detention a release ends is told with it, no arrest of its own": (
        "Venezuela released six detained Americans on Friday.", "Arrest"),
    "talks suspended are not held": ("The government suspended talks with the rebels on Monday.", "Meeting"),
    "what a demonstration demands is its aim, no statement": (
        "Israeli police arrested 14 protesters in Tel Aviv on Monday during a demonstration demanding a deal to "
        "free the hostages.", "Statement"),
    "a participle in an apposition says who the person is, no act": (
        "“We took cover under the seats,” Ghulam Nabi, another freed passenger, told media.", "Release"),
    "a present verb an adverb of frequency makes a habit tells no act": (
        "Bandits often attack travellers on the highway.", "Assault"),
    "a verb joined to a habit is a habit too": (
        "Armed gangs frequently raid villages in the region and kidnap residents.", "Assault"),
    "what is routinely done tells no arrest": ("Police routinely arrest protesters in the capital.", "Arrest"),
    "kidnapping for ransom pays nothing": ("Gunmen kidnapped 20 students and held them for ransom.", "Payment"),
    "a deal struck is no attack": ("The union struck a deal with the company on Monday.", "Assault"),
    "a tone struck is no attack": ("Iran struck a defiant tone on Monday.", "Assault"),
    "troops who come under fire from militants are shot at, not criticised": (
        "Six soldiers were killed when troops came under fire from militants near Kandahar.", "Criticism"),
    "residents of a city who speak are no state's words": (
        "The residents of Minsk say they have no safe alternatives.", "Statement"),
    "the deed one is accused of is no words of theirs": (
        "Washington has accused Beijing of supporting Moscow's war effort.", "Statement"),
    "a second thing an appeal asks for has not happened": (
        "Bennett called for the Taliban to lift the travel ban and establish a constructive dialogue.", "Meeting"),
    "talks an appeal asks to resume have not happened": (
        "U.S. officials called on all warring parties to reduce hostilities and resume stalled peace talks.", "Meeting"),
    "looting is no protest": ("The government accuses the rebel group of killing, maiming, raping, looting, and "
                              "regularly displacing civilians from the villages.", "Protest"),
    "deposits with no sum are no loan": ("Ukraine has large deposits of uranium, lithium and titanium.", "Loan"),
    "an act announced is the event, no claim besides": (
        "The United States announced new sanctions against Russian banks.", "Statement"),
    "a warning of a state of things threatens nothing": (
        "The fire's front is 60 kilometers long and officials warn it is simply too big to put out.", "Threat"),
    "an assessment released is published, no one freed": (
        "A preliminary assessment from Malawi's Department of Disaster Management Affairs released Thursday showed "
        "that the cyclone had affected 11,000 people.", "Release"),
    "control tightened is rule, no threat": ("Beijing tightened control over the disputed seas on Monday.", "Threat"),
    "sanctions called for": ("Israel's foreign minister Israel Katz called for sanctions against Iran.", "Sanction"),
    "a war told in general": (
        "Fighting between the army and the RSF erupted in April 2023 and has killed more than 18,000 people.",
        "Assault"),
    "a ban lifted": ("The ban on TikTok was lifted in March.", "Restriction"),
    "a closure of no one's, nowhere, on no day of its own": (
        "Police arrested ten people on Monday. Schools were closed for two days after the floods.", "Restriction"),
    "blocking a decision restricts no one": ("Hungary had blocked the package for weeks.", "Restriction"),
    "what a place is for": (
        "Pete Hegseth called the base the perfect place to hold criminals slated for removal.", "Arrest"),
    "a detention center is a place": ("Pete Hegseth visited the detention center at Guantanamo Bay.", "Arrest"),
    "what protesters demand a deal to do": (
        "Thousands of Israelis protested in Tel Aviv on Saturday, demanding a deal to free the hostages.", "Release"),
    "a month's name is no march": ("Russia has blocked access to Facebook since March.", "Protest"),
    "an act on people with neither doer nor victim is a passing mention": (
        "The region has seen more than 500 attacks in the last two years.", "Assault"),
    "who denies calling it baseless makes no separate criticism": (
        "“We strongly reject the baseless allegations made by Pakistan,” Indian spokesperson Randhir Jaiswal said.",
        "Criticism"),
    "an act in a phrase of when, named with 'the' and nothing of its own, is not the subject's": (
        "The army imposed a curfew in the capital after the riots.", "Protest"),
    "an act named in passing is the one the story told": (
        "Police arrested three suspects in connection with the attack.", "Assault"),
    "what an appeal asks for has not happened": (
        "Human Rights Watch called on the authorities to free the activists.", "Release"),
    "an act a criticism takes as its object is the one told before, not a new one": (
        "The United Nations Security Council condemned the attack on Tuesday.", "Assault"),
    "what a call for a release asks is no release": (
        "Nine press freedom groups this week called for the journalist's immediate release.", "Release"),
    "safe from arrest is no arrest; years in prison are a term": (
        "Senator Ana Ortiz, who faces up to ten years in prison, is safe from arrest.", "Arrest"),
    "a law called an attack is no assault": (
        "Critics called the new law an attack on democracy.", "Assault"),
    "the allegations a denial rejects are no new accusation": (
        "DHS has dismissed the allegations in the lawsuits.", "Accusation"),
    "'warned that' is no threat": (
        "The European Union warned that the government's actions would divide the country.", "Threat"),
    "a case that underscores a trend says nothing": (
        "Zamora's case underscores a global trend of trials against journalists.", "Statement"),
    "an election told in passing, neither when nor where, is no event": (
        "The Kremlin denied that it had interfered in the election.", "Election"),
    "officials who gather do not protest": (
        "Officials gathered in Brussels on Monday.", "Protest"),
    "a vote called a bad development is judged, not held": (
        'EU foreign policy chief Josep Borrell called the vote "a very bad development."', "Election"),
    "a judgement states nothing of its own": (
        'EU foreign policy chief Josep Borrell called the vote "a very bad development."', "Statement"),
    "dismissing allegations denies them; it criticises no one": (
        "The Kremlin dismissed the allegations as baseless.", "Criticism"),
    "speaking with reporters is an interview, not a meeting": (
        "Ana Ortiz spoke with reporters in Lima.", "Meeting"),
    "forbidding a visit is no meeting": (
        "The Taliban have banned women from visiting public parks in Kabul.", "Meeting"),
    "similar attacks in the past are a kind of event, not one told": (
        "The Islamic State group has carried out similar attacks in the past.", "Assault"),
    "one person meets no one": (
        "Blessed Mhlanga was arrested. Speaking ahead of the hearing, Chris Mhike said the arrest "
        "of Mhlanga sent a chilling message.", "Meeting"),
    "growing threats are a trend, not a threat told": (
        "Chris Mhike said the region faces growing threats from abroad.", "Threat"),
    "what is told as fact is no accusation": (
        "The militants were behind the attack.", "Accusation"),
    "what a law allows is not done": (
        "The law allows police to detain suspects for up to 30 days without charge.", "Arrest"),
    "acts said to be common are a kind, not an event": (
        "Attacks on journalists are common in the region.", "Assault"),
    "a march prevented did not happen": (
        "Police detained 20 protesters to prevent a march.", "Protest"),
    "holding talks holds no one": (
        "The government will hold talks with the rebels.", "Arrest"),
    "decisions that threaten stability are no threat": (
        "Ilyas Ali Hassan urged the president to avoid decisions that threaten the country's stability.", "Threat"),
    "appealing a ruling is a court's process, no appeal": (
        "Her lawyers appealed the ruling on Monday.", "Statement"),
    "the house arrest one is released from is no new arrest": (
        "The junta released opposition leader Pedro Castillo from house arrest.", "Arrest"),
    "an attack blamed on someone is the one told": (
        "Ana Ortiz blamed the attack on Islamic State.", "Assault"),
    "holding someone responsible holds no one": (
        "Police held the militants responsible for the bombing.", "Arrest"),
    "accusations called baseless are no new accusation": (
        "The Kremlin said the accusations were baseless.", "Accusation"),
    "a restriction told with no one, no place and no date says nothing": (
        "Schools were closed for a week because of the storm.", "Restriction"),
    "what a speaker did not say is no statement": (
        "Interior Minister Ali Yerlikaya did not say how many people remained in custody.", "Statement"),
    "what a speaker did not say tells no arrest": (
        "Interior Minister Ali Yerlikaya did not say how many people remained in custody.", "Arrest"),
    "neither of two bodies responding says nothing": (
        "Neither ICE nor its parent agency, the Department of Homeland Security, responded to a request for "
        "comment.", "Statement"),
    "money a government spends on its people is no loan": (
        "The government announced a $2 billion stimulus package for farmers.", "Loan"),
    "suspended talks are held by no one": (
        "The ruling Georgian Dream party suspended talks on joining the European Union.", "Meeting"),
    "the press asking someone to comment makes no claim": (
        "Reporters asked him to comment on the decision.", "Statement"),
    "a council's vote is no election": (
        "The council is expected to vote on Tuesday.", "Election"),
    "lawmakers voting is no election": (
        "Lawmakers voted 368-7 on the bill.", "Election"),
    "what threatens peace is a judgement, no threat": (
        "Japan's Prime Minister Fumio Kishida condemned the launch, saying it threatened peace and stability.",
        "Threat"),
    "the release of a report frees no one": (
        "The ministry delayed the release of the report on Monday.", "Release"),
    "a deployment a court suspends does not happen": (
        "Kenya's High Court suspended the deployment of police officers to Haiti.", "ForceDisplay"),
    "rallies a party is barred from holding are not held": (
        "The opposition was barred from holding rallies in the capital.", "Protest"),
    "floods that kill are no one's violence": (
        "The floods killed at least 30 people in southern Brazil on Sunday.", "Assault"),
    "a crash that kills is no one's violence": (
        "A bus crash killed 12 passengers on the highway near Lagos.", "Assault"),
    "a virus that kills is no one's violence": (
        "The virus has killed millions of people since 2020.", "Assault"),
    "beating a team in a final is a match": (
        "The team beat Argentina 2-1 in the final.", "Assault"),
    "attacking a plan as reckless is no violence": (
        "The opposition attacked the government's budget plan as reckless.", "Assault"),
    "what restrictions hurt is not what they restrict": (
        "The restrictions on gatherings have hurt small businesses.", "Restriction"),
    "a ban named with no one, no place is one told before": (
        "The ban took effect on January 1.", "Restriction"),
    "'any attack' in a warning is no attack told": (
        "Iran warned it would retaliate against any Israeli attack.", "Assault"),
    "what protesters demand is their protest's, no statement apart": (
        "Workers at the plant walked out on Tuesday, demanding higher wages.", "Statement"),
    "welcoming a decision is no meeting": (
        "Egypt welcomed the decision to reopen the border crossing in Rafah.", "Meeting"),
    "a so-called threat is a phrase, no threat": (
        "Foreign Minister Wang Yi told Antony Blinken that Washington must stop hyping the so-called China "
        "threat, according to a Chinese foreign ministry readout.", "Threat"),
    "an appeal told as the aim of a charged plot is not made": (
        "Prosecutors accuse Jimmy Lai of conspiring with foreign forces to call for sanctions against Hong Kong.",
        "Statement"),
    "documents taken away are no arrest": (
        "The documents were taken away by investigators on Monday.", "Arrest"),
    "the parts a set of measures includes are those measures": (
        "The EU imposed sanctions on Iran. The measures include an asset freeze and a travel ban, Josep Borrell said.",
        "Restriction"),
    "welcoming people receives them, no statement": (
        "General Abdourahamane Tiani has since expelled French troops and welcomed Russian instructors.", "Statement"),
    "paying a price is an idiom, no payment": (
        "Critics of the junta have paid a price for their words.", "Payment"),
    "a raid that makes arrests is no assault": (
        "Ekrem Imamoglu was detained on Wednesday in a dawn raid on his home along with about 100 other people.",
        "Assault"),
    "a setback no one names is no criticism": (
        "The ruling is a setback for the government.", "Criticism"),
    "held accountable is answerable, not held": (
        "Abiy Ahmed's office said that a few soldiers had committed crimes and would be held accountable.", "Arrest"),
    "what 'that' opens after 'and' is a clause of its own": (
        "Aid agencies say more than 4 million people in Tigray need food aid, and that access remains restricted.",
        "Restriction"),
    "a deal struck is no attack": (
        "The two sides struck a deal on Monday.", "Assault"),
    "an army hitting back at critics speaks": (
        "The army hit back at its critics on Monday.", "Assault"),
    "a storm that hit the coast is no one's violence": (
        "The storm hit the coast on Monday, killing 12 people.", "Assault"),
    "a fired minister is no shooting": (
        "The president fired the defense minister on Monday.", "Assault"),
    "releasing figures is no release of people": (
        "The ministry typically releases the final figures the following day.", "Release"),
    "a blow dealt to a group blames no one": (
        'According to NISA, "The operation dealt a significant blow to al-Shabab, eliminating key members '
        'of the group."', "Criticism"),
    "denying entry refuses, it rebuts no claim": (
        "Israel denied entry to two British lawmakers on Sunday.", "Denial"),
    "denying bail refuses, it rebuts no claim": (
        "The court denied bail to Mhlanga on Monday.", "Denial"),
    "a participle describing a thing is no restriction": (
        "U.N. sanctions experts detailed prohibited transfers of military equipment from North Korea to Russia.",
        "Restriction"),
    "a threat someone poses is no threat made": (
        "Washington says the system poses a threat to NATO's defenses.", "Threat"),
    "a state seen as a threat makes none": (
        "Experts see China as a threat.", "Threat"),
    "a report released is published, no one is freed": (
        "Students are among the lowest performers, according to a report released this month by the OECD.", "Release"),
    "a video released is published, no one is freed": (
        "Hamas released a video of the hostages on Monday.", "Release"),
    "people killed in a crash suffer no one's violence": (
        "Five people had likely been killed in the crash, the official told VOA.", "Assault"),
    "denying people access refuses, it rebuts no claim": (
        "The suits allege that the government has overstepped its bounds by denying migrants sent to Guantanamo Bay "
        "access to legal representation.", "Denial"),
    "charging a price accuses no one": (
        "Doug Ford said that he was charging 25% more for electricity sent to three U.S. states.", "Accusation"),
    "a storm slamming into a coast says nothing": (
        "Tropical Cyclone Jude slammed into parts of southern Africa this week.", "Criticism"),
    "a request rejected is refused, not criticised": (
        "Judge Joan Donoghue rejected Kenya's request to brief the court.", "Criticism"),
    "something alleged before a noun is no accusation": (
        "Trump is the most prominent dissenter from this alleged China consensus.", "Accusation"),
    "a letter sent is no meeting": (
        "Eight U.S. senators sent a letter to Secretary of State Marco Rubio on Monday.", "Meeting"),
    "'talks about' speaks, no talks held": (
        "As the White House talks about restoring economic cooperation with Russia, officials hint at change.",
        "Meeting"),
    "being met by someone is no meeting": (
        "They were met on the outside by armed men.", "Meeting"),
    "a plan that met with opposition met no one": (
        "The application that Malaysia and Vietnam made met with opposition from China.", "Meeting"),
    "a meeting one speaks to is the statement's setting": (
        "Catherine Russell, UNICEF executive director, told a meeting of the U.N. Security Council that children suffer.",
        "Meeting"),
    "tourists visiting a country meet no one": (
        "More than 2.8 million Chinese tourists visited Vietnam from January through July.", "Meeting"),
    "an anniversary of protests tells none": (
        "Geir Pedersen issued his appeal Friday, the 14th anniversary of the start of pro-democracy protests.",
        "Protest"),
    "a war that killed people is no one's assault told": (
        "That agreement ended an ethnically rooted war that lasted more than three years and killed 100,000 people.",
        "Assault"),
    "who hail from a country praise no one": (
        "These three, who also hail from China, claimed to have come from other countries.", "Statement"),
    "a crime named in a charge is no crime told": (
        "Rafat Amirov and Polad Omarov are facing murder-for-hire and conspiracy charges.", "Assault"),
    "what evidence would not show did not happen": (
        "Omarov's lawyer, Michael Perkins, said the evidence would not show that his client planned to kill Alinejad.",
        "Assault"),
    "an offence's legal name blames no one": (
        "Mehdiyev said he is cooperating with prosecutors after pleading guilty to illegal possession of a firearm.",
        "Criticism"),
    "a meeting where others act is their setting": (
        "Earlier this week, he was criticized by United Nations, U.S. and French representatives at a U.N. Security "
        "Council meeting for not getting violence under control.", "Meeting"),
    "deaths floods resulted in are no one's assault": (
        "The floods resulted in the deaths of 20 people.", "Assault"),
    "deaths counted are no act": (
        "Hundreds of deaths were reported.", "Assault"),
    "residents who gather hold no protest": (
        "Residents gathered outside the hospital.", "Protest"),
    "a prison's room holds no one arrested": (
        "According to a U.S. defense official, the prison as currently configured can hold only 130 detainees.",
        "Arrest"),
    "a legal status named is no blame": (
        'The U.S. began sending what officials described as "high threat illegal aliens" to Guantanamo Bay.',
        "Criticism"),
    "words a charge quotes are the charge's, no criticism": (
        'A Phnom Penh court earlier alleged the journalist had posted "provocative" and "false" messages.',
        "Criticism"),
    "dragging oneself is no arrest": (
        "Bilai Abdi survived. The mother of four dragged herself out of the bullet-ridden car.", "Arrest"),
    "a participle opening a sentence says nothing": (
        "Underscoring the insecurity along the border, the militants launched a brazen assault on a military base.",
        "Statement"),
    "a speech asked about is not said": (
        "The senator's office did not respond to an inquiry about whether Rubio has responded to the letter.",
        "Statement"),
    "a chapter added to a law is no statement": (
        "In October 2020, China revised the “Law on the Protection of Minors,” adding an “internet protection” chapter.",
        "Statement"),
    "whom words are told to does not vote": (
        "Such matters, Anwar al-Bunni told VOA, should be decided through a referendum.", "Election"),
    "photographs posted are no statement": (
        "Last year, Detrez posted a series of historic photographs on the platform Douyin that depicted life "
        "under the occupation.", "Statement"),
    "one person gathers with no one": (
        "Speaking to top NATO and European Union military brass gathered in Paris Tuesday, Dutch Defense Minister "
        "Ruben Brekelmans stressed the urgency of boosting Europe’s defense.", "Meeting"),
    "a vote on a measure is no election": (
        "The European Union is set to vote Friday on a massive tariff increase on Chinese electric vehicles.",
        "Election"),
    "power seized is no assault": (
        "The Seleka rebels seized power and forced then-President Francois Bozize from office.", "Assault"),
    "according to a report of a body based in a town is not the town's word": (
        "Prices rose 40%, according to a report issued by the Tokyo-based Real Estate Economic Institute.",
        "Statement"),
    "sanctions relief is no sanction": (
        "There, North Korean leader Kim Jong Un asked U.S. President Donald Trump for sanctions relief.", "Sanction"),
    "a word of a law's name is no event": (
        "Ankara's purchase violated the Countering America's Adversaries Through Sanctions Act.", "Sanction"),
    "a programme released frees no one": (
        "In 2017, China released an AI development program to make the country a world leader by 2030.", "Release"),
    "collapsing buildings assault no one": (
        "Collapsing buildings injured 15 people, including two boys.", "Assault"),
    "demonstrating a value is no protest": (
        '"It is urgent that we demonstrate the added value of the European project," he said.', "Protest"),
    "demonstrations banned are not held": (
        "Police arrested the mayor on Monday. The governor's office banned demonstrations in Ankara for four days.",
        "Protest"),
    "residents who gather to watch do not protest": ("Residents gathered in Kampala on Sunday to watch the parade.",
                                                     "Protest"),
    "financing a cause one is accused of lends to no one": (
        "President Aleksandar Vucic accused foreign intelligence services of financing the protests.", "Loan"),
    "a crowd that meets someone at an airport holds no meeting": (
        "Thousands of supporters met him at the airport on Thursday.", "Meeting"),
    "financing one is accused of lends nothing, whomever it names": (
        "The United States imposed sanctions on politicians accused of financing the gangs.", "Loan"),
    "pleading guilty is no appeal": ("Thirty-one of the activists had earlier pleaded guilty.", "Statement"),
    "who are registered to vote hold no vote": ("About 1.4 million people were registered to vote.", "Election"),
    "economists who warn are too vague a speaker": (
        "Economists warned the tariffs could raise prices for American consumers.", "Statement"),
    "researchers who warn are too vague a speaker": (
        "Researchers warn that type 2 diabetes could affect millions more people in the coming decades.", "Statement"),
    "who said nothing said nothing": (
        "The Thai and Chinese governments have said nothing about the eight Uyghurs.", "Statement"),
    "what people of a kind do is no one's words": (
        "Foreign bloggers who praise China rapidly gain popularity.", "Statement"),
    "fighting corruption is no clash": ("The president fought corruption for years.", "Assault"),
    "fighting alongside troops is no clash": ("Wagner mercenaries have fought alongside Malian troops since 2021.",
                                              "Assault"),
    "an accident's deaths are no assault": (
        "A railway station canopy collapsed in Novi Sad in November, killing 15 people.", "Assault"),
    "who could not comment says nothing": (
        "The foreign minister told reporters she could not comment while the investigation is ongoing.", "Statement"),
    "a refusal to comment in a quotation says nothing": (
        "“We do not comment on intelligence matters,” a defense ministry spokeswoman said.", "Statement"),
    "who is monitoring developments says nothing": (
        "Interior Minister Carlos Vega said he was closely monitoring developments.", "Statement"),
    "who is aware of the situation says nothing": (
        "“I am aware of the situation,” Prime Minister Ana Ortiz told journalists in Lima.", "Statement"),
    "who was unable to provide details says nothing": (
        "A police spokesman, Ali Hassan, said he was unable to provide further details.", "Statement"),
    "figures one cites are no one's claim": (
        "According to government figures, more than 2 million people live in the camps.", "Statement"),
    "a census is no speaker": (
        "Chinese Americans make up the largest Asian group in Texas, according to the U.S. census.", "Statement"),
    "a website's numbers are no claim": (
        "Trade between the two countries reached $3 billion last year, according to the ministry's website.",
        "Statement"),
    "a stance always held is no claim made on a day": (
        "Beijing has always said that Taiwan is part of China.", "Statement"),
    "an outlet that reports claims nothing of its own": (
        "The parliament voted on Tuesday to extend the state of emergency, Xinhua News Agency reported.", "Statement"),
    "a wire agency that reports claims nothing of its own": (
        "On Wednesday, Reuters reported that the bill had enough votes to pass.", "Statement"),
    "attacks a group has stepped up are a campaign, no one attack": (
        "The separatists have stepped up attacks on security forces since the beginning of the year.", "Assault"),
    "attacks ramped up are a campaign named in general (the contract's ruling)": (
        "Since the beginning of the year, the Baloch Liberation Army has ramped up attacks on security forces.",
        "Assault"),
    "a town recaptured holds no one": (
        "Government forces recaptured the town of Wad Madani on Saturday.", "Arrest"),
    "a war between two states a hyphen joins is no meeting": (
        "The Russia-Ukraine war entered its fourth year.", "Meeting"),
    "a witness heard by video link meets no one": (
        "The court heard the witness by video link on Monday.", "Meeting"),
    "the threat of attacks tells none done": (
        "Kenya faces a constant threat of al-Shabab attacks along its border with Somalia.", "Assault"),
    "a claim of responsibility names who did the attack told, no words": (
        "A car bomb killed 12 people in Mogadishu on Monday. Al-Shabab claimed responsibility for the bombing.",
        "Statement"),
    "a claim of credit names who did the attack told, no words": (
        "A car bomb exploded near a police station in Mogadishu on Monday, killing 12 people. Al-Shabab claimed "
        "credit for the bombing.", "Statement"),
    "conditions said to be unbearable blame no one": (
        "Residents said living conditions had become unbearable after weeks of power cuts.", "Criticism"),
    "an interview by video call meets no one": (
        "In a video call with reporters on Friday, Pentagon spokesman John Kirby said the strikes would continue.",
        "Meeting"),
    "who could not provide details says nothing": (
        "A police spokesman said he could not provide further details.", "Statement"),
    "who could not confirm reports says nothing": (
        "Kremlin spokesman Dmitry Peskov said he could not confirm the reports.", "Statement"),
    "figures an authority reported are no claim of its own": (
        "Italian authorities reported 144 coronavirus-related deaths on Sunday.", "Statement"),
    "a byline's reporter claims nothing": ("Jane Doe reported from Nairobi.", "Statement"),
    "media that reported a plan claim nothing of their own": (
        "British media have reported that Britain will cede sovereignty of the islands.", "Statement"),
    "talks with one state name no meeting of it": (
        "Rubio also credited Britain and France for playing a constructive role in talks with Ukraine.", "Meeting"),
    "analysts of a kind who praise are the story's voice": (
        "Security analysts are praising ECOWAS for activating its regional standby force.", "Statement"),
    "experts of a kind who argue are the story's voice": (
        "Legal experts argue that the new constitution fails to reflect the country's diversity.", "Statement"),
    "analysts of a country who say are the story's voice": (
        "Political stability is driving the trend, country analysts say.", "Statement"),
    "attacks tallied over a year are a campaign": (
        "According to the report, the separatist group and its allies launched 504 attacks in 2024, compared to 116 "
        "in 2023.", "Assault"),
    "airstrikes tallied since a month are a campaign": (
        "The coalition has carried out 40 airstrikes on the rebels since May.", "Assault"),
    "a vow not to retaliate threatens no one": ("“If Russia attacks, we will not retaliate,” the minister said.",
                                                "Threat"),
    "a bomber who died in the attack is no victim of it": ("The bomber died in the attack, police said.", "Assault"),
    "who died in a shooting, described, is no new shooting": (
        "The man who died in the shooting was identified as a 23-year-old student.", "Assault"),
    "a freed passenger's account is no actor's claim": (
        "“We took cover under the seats,” Ghulam Nabi, another freed passenger, told media.", "Statement"),
    "a shopkeeper's word is no actor's claim": (
        "Ali Khan, a shopkeeper in Karachi, said prices had doubled since January.", "Statement"),
    "a local resident's account is no actor's claim": (
        "Villagers still avoid the forest, according to local resident Abala Waro.", "Statement"),
    "a witness quoted again is still one of the public": (
        "Mohamed Qoone, a resident who witnessed the attack, described the scene. “We can still hear gunfire from the "
        "hotel,” Qoone said.", "Statement"),
    "a stance long held is no claim made on a day": (
        "China has long said that Taiwan is part of its territory.", "Statement"),
    "a phone picked up is no arrest": ("He picked up the phone and called the police.", "Arrest"),
    "hackers who attack servers assault no one": (
        "Hackers attacked the email servers of the Philippine senate on Monday.", "Assault"),
    "an attack that cripples computer systems is no violence": (
        "The attack on Kenya Airways began on Tuesday and crippled its computer systems.", "Assault"),
    "a ransomware attack is no violence": ("A ransomware attack hit the hospital in Lyon on Monday.", "Assault"),
    "a body that publishes figures leaks nothing": ("The World Bank published data on poverty in Kenya.", "DataLeak"),
    "who announces an event told is its source, no speaker of more": (
        "Police arrested 30 people, Brazil's government announced on Friday.", "Statement"),
    "a town seized is no one arrested": ("Rebels seized the town of Goma on Monday.", "Arrest"),
    "drugs seized are no one arrested": ("Police seized 20 kilograms of heroin in Lagos.", "Arrest"),
    "remarks seized on are no one taken": ("His remarks are likely to be seized on by nationalist populists.",
                                           "Arrest"),
    "remarks seized on, a participle between, are no one taken": (
        "His remarks, made to a French television station Tuesday, are likely to be seized on by nationalist "
        "populists.", "Arrest"),
    "migrants a coast guard picks up are rescued, not arrested": (
        "The coast guard picked up 120 migrants from a sinking boat.", "Arrest"),
    "an effigy hanged is no one killed": ("Protesters hanged an effigy of the president in Harare.", "Assault"),
    "joint exercises of police and firefighters show no force": (
        "Police and firefighters held joint exercises at the airport.", "ForceDisplay"),
    "a family that ruled a country for years said nothing": ("The Bongo family had ruled the country for 56 years.",
                                                            "Statement"),
    "a state's visit canceled in protest is no protest": (
        "Turkey had already canceled a planned visit by Sweden's defense minister, Pal Jonson, in protest.", "Protest"),
    "a state that responds by acting says nothing": ("Seoul responded by resuming loudspeaker broadcasts.",
                                                     "Statement"),
    "a bridge rigged with explosives rigs no vote": ("The militants rigged the bridge with explosives, the army said.",
                                                     "Accusation"),
    "a family that vows to avenge a death threatens no one named": ("The family vowed to avenge his death.", "Threat"),
    "a speaker lawmakers elect is no state's election": ("Lawmakers elected a new speaker of parliament on Tuesday.",
                                                         "Election"),
    'who rallies for one jailed jails no one': (
        'Supporters rallied for the mayor, jailed since March on corruption charges.', 'Arrest'),
    'paying for an attack is no payment': (
        'Netanyahu warned that Iran would pay for the attack.', 'Payment'),
    'vowing that reforms go on threatens no one': (
        'The president vowed that reforms would continue.', 'Threat'),
    'police who charge a crowd with batons accuse no one': (
        'Police charged the crowd with batons, beating several people.', 'Accusation'),
    'crowds that gather to greet protest nothing': (
        'Crowds gathered in Ramallah to greet the buses.', 'Protest'),
    'rejecting an offer of talks meets no one': (
        'Student leaders rejected an offer of talks.', 'Meeting'),
    'refusing to join talks meets no one': (
        'The opposition refused to join talks with the government.', 'Meeting'),
    "a war's toll of a crowd counted is no attack": (
        'Tens of thousands have been killed and more than 12 million displaced.', 'Assault'),
    'resolute measures taken against a virus threaten no one': (
        'The government took resolute measures to contain the virus.', 'Threat'),
    'a formal charge of possessing knives stands': (
        'Police charged three activists with possession of knives and weapons.', 'Assault'),
    'police on horseback who charge protesters accuse no one': (
        'Mounted police charged the protesters on horseback.', 'Accusation'),
    'vowing to return to the streets threatens no one': (
        'Protesters vowed that they would return to the streets on Friday.', 'Threat'),
    "China's restrictions on Hong Kong officials are its own": (
        'China imposed travel restrictions on Hong Kong officials.', 'Sanction'),
    'vowing that a state will not face the winter alone threatens no one': (
        'German Chancellor Olaf Scholz vowed that Ukraine would not face the winter alone.', 'Threat'),
    'vowing to hit the streets again threatens no one': (
        'Protest leaders vowed that they would hit the streets again on Friday.', 'Threat'),
    'paying for a massacre of people counted is no payment': (
        'Hamas warned that Israel would pay for the massacre of 20 civilians in Rafah.', 'Payment'),
    'resolute measures for the economy threaten no one': (
        'China will take resolute measures to stabilize the economy, Premier Li Qiang said.', 'Threat'),
    'an audience spoken to is no meeting': (
        'Emmanuel Macron spoke to reporters in Paris.', 'Meeting'),
    'an outlet spoken to is no meeting': (
        'Vladimir Putin spoke to the BBC in an interview.', 'Meeting'),
    'wounded soldiers handed over are no assault told': (
        'Russia would hand over 23 severely wounded Ukrainian soldiers on Wednesday.', 'Assault'),
    'injured protesters evacuated are no assault by the police': (
        'Police evacuated injured protesters from the square.', 'Assault'),
    'how to pay is a question weighed, no payment': (
        'Donors failed to agree on how to pay for the mission.', 'Payment'),
    'whether to impose sanctions is no sanction': (
        'Ministers will decide whether to impose sanctions on Russia.', 'Sanction'),
    'a country that tells a similar story says nothing': (
        'Mali tells a similar story.', 'Statement'),
    'a chairman for a leader is no leader acting': (
        'The campaign chairman for Donald Trump criticised the ruling.', 'Criticism'),
    'detainees handed over to prosecutors are not released': (
        'Police handed over the detainees to prosecutors on Monday.', 'Release'),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_parse_rule(name):
    body, expected = CASES[name]
    events = [e for e in events_of(body) if e["type"] == expected["type"]]
    assert events, f"no {expected['type']} event in {events_of(body)}"
    event = events[-1] if name.startswith(("'it'", "'he'")) else events[0]
    for slot, value in expected.items():
        assert event[slot] == value, f"{slot}: {event[slot]!r} != {value!r} in {event}"


@pytest.mark.parametrize("name", sorted(NO_EVENT))
def test_parse_no_event(name):
    body, type_ = NO_EVENT[name]
    assert not [e for e in events_of(body) if e["type"] == type_], events_of(body)


def test_parse_a_noun_its_words_before_name_is_no_restated_act():
    # "the army-aligned government" names the army: its criticism is its own, not the one told just before again
    events = events_of("Sudan's army accused the UAE of complicity in genocide. Abu Dhabi called the case a cynical "
                       "publicity stunt. The army-aligned government criticised the decision to exclude it.")
    assert [e["agent"] for e in events if e["type"] == "Criticism"] == [["United Arab Emirates"], ["Sudan army"]]


def test_parse_a_demonym_opens_an_organisations_name():
    facts = facts_of("The American Civil Liberties Union sued the Frontier Corps on Monday.")
    assert {(e.label, e.type) for e in facts.entities} >= {("American Civil Liberties Union", "Organization"),
                                                            ("Frontier Corps", "Organization")}


@pytest.mark.parametrize("text, name", [
    ("U.S. Attorney Breon Peace said the men were charged on Monday.", "Breon Peace"),
    ("Labour MP Diane Abbott criticised the plan.", "Diane Abbott"),
    ("Justice Minister David van Weel said the suspects had been arrested.", "David van Weel"),  # no town David
    ("Chief Investment Officer Pandu Sjahrir said the fund would invest $1 billion.", "Pandu Sjahrir"),
    ("Rector Toomas Asser said the university would cooperate.", "Toomas Asser"),
    ("RCMP Inspector Sebastien Guimond said the investigation continues.", "Sebastien Guimond"),
    ("Senior Superintendent Mpiti Mopeli said the man was charged.", "Mpiti Mopeli"),
    ("Foreign Minister Julie Bishop said Australia would respond.", "Julie Bishop"),  # a surname, no title
    ("Minister of Finance Nirmala Sitharaman said the budget would grow.", "Nirmala Sitharaman"),
    ("Secretary of State for Defence John Healey said the troops would stay.", "John Healey"),
    ("WHO Director-General Tedros Adhanom Ghebreyesus said the outbreak was spreading.",
     "Tedros Adhanom Ghebreyesus"),  # (the hyphen was a person of its own)
    ("Attorney-General Mark Dreyfus said the law would change.", "Mark Dreyfus"),
])
def test_parse_title_before_a_name_is_not_part_of_its_label(text, name):
    assert {e.label for e in facts_of(text).entities if e.type == "Person"} == {name}


@pytest.mark.parametrize("text, names", [
    ("The Tunisian Forum for Economic and Social Rights condemned the arrests.",
     {"Tunisian Forum for Economic and Social Rights"}),
    ("The Ministry of Foreign Affairs and Trade said the talks had ended.", {"Ministry of Foreign Affairs and Trade"}),
    ("The Ministry of Defence and Hamas said the talks had ended.", {"Ministry of Defence", "Hamas"}),
])
def test_parse_a_bodys_name_holds_and_after_its_portfolio(text, names):
    assert {e.label for e in facts_of(text).entities if e.type == "Organization"} == names


def test_parse_a_condemnation_and_its_judgement_are_one_criticism():
    body = "Iran condemned the attack as a clear violation of Yemen's sovereignty, foreign ministry spokesman Nasser Kanani said."
    assert [e["agent"] for e in events_of(body) if e["type"] == "Criticism"] == [["Iran"]]


def test_parse_a_title_after_initials_the_story_gave_is_that_bodys():
    facts = facts_of("The Rapid Support Forces took the town on Monday. RSF spokesman Al-Fatih Qurashi welcomed the talks.")
    label = {e.key: e.label for e in facts.entities}
    assert [(label[r.person], r.title, label.get(r.of)) for r in facts.roles] == [
        ("Al-Fatih Qurashi", "spokesman", "Rapid Support Forces")]


def test_parse_honorific_is_not_part_of_a_persons_label():
    labels = {e.label for e in facts_of("Police questioned Mrs Hilda Brown on Friday.").entities if e.type == "Person"}
    assert labels == {"Hilda Brown"}


def test_parse_a_person_after_to_or_near_is_a_person():
    facts = facts_of("Emmanuel Macron spoke to Ana Ortiz on Monday. Police later arrested Ana Ortiz near Pedro Castillo's home.")
    people = {e.label for e in facts.entities if e.type == "Person"}
    assert {"Ana Ortiz", "Pedro Castillo"} <= people, people


def test_parse_a_demonym_and_a_name_before_party_are_one_party():
    labels = {e.label for e in facts_of("The ruling Georgian Dream party has enough votes.").entities
              if e.type == "Organization"}
    assert labels == {"Georgian Dream"}


def test_parse_a_noun_a_group_word_modifies_is_no_group_unless_it_is_an_act():
    facts = facts_of("Antony Blinken spoke with army chief Abdel Fattah al-Burhan about the military build-up. "
                     "Hundreds of people protested against Israeli police actions in Istanbul.")
    labels = {e.label: e.type for e in facts.entities}
    assert "army" not in labels and "military" not in labels, labels
    assert labels.get("Israeli police") == "Group", labels


def test_parse_a_states_armed_forces_are_one_organisation():
    facts = facts_of("Sudan's army said on Tuesday it had retaken a bridge in Khartoum.")
    assert {(e.label, e.type) for e in facts.entities} >= {("Sudan army", "Organization")}


def test_parse_an_organisations_name_holds_for_the_and_of_the():
    labels = {e.label for e in facts_of(
        "A spokesman for the Ministry for the Propagation of Virtue and the Prevention of Vice said Thursday. "
        "The Ministry of Defense and the Ministry of Health agreed.").entities if e.type == "Organization"}
    assert labels == {"Ministry for the Propagation of Virtue and the Prevention of Vice", "Ministry of Defense",
                      "Ministry of Health"}, labels


def test_parse_a_hyphenated_name_is_one_name():
    facts = facts_of("The Inter-American Development Bank also announced loans.")
    assert {(e.label, e.type) for e in facts.entities} == {("Inter-American Development Bank", "Organization")}


def test_parse_a_linking_syllable_keeps_a_hyphenated_name_whole():
    labels = {e.label for e in facts_of("Shafiq-ul-Rehaman said armed men boarded the train.").entities
              if e.type == "Person"}
    assert labels == {"Shafiq-ul-Rehaman"}, labels


def test_parse_no_modifier_stands_before_a_number():
    events = events_of("Shehbaz Sharif told media 339 passengers were freed by the militants.")
    assert [e["target"] for e in events if e["type"] == "Release"] == [["passengers"]], events


def test_parse_a_platform_named_x_ends_its_sentence():
    facts = facts_of("The spokesman said in a statement posted on X. Militants attacked a passenger train on Tuesday. "
                     "He met George W. Bush in Texas.")
    assert [s.text for s in facts.sentences] == [
        "The spokesman said in a statement posted on X.", "Militants attacked a passenger train on Tuesday.",
        "He met George W. Bush in Texas."]


def test_parse_a_speakers_they_inside_a_quotation_is_no_group_the_story_named():
    events = events_of("Jesow said local elders and government officials were meeting at the hotel. "
                       "“They attacked the hotel at dawn,” Jesow said.")
    assert not [e for e in events if e["type"] == "Assault" and e["agent"]], events


def test_parse_an_unnamed_subject_is_not_replaced_by_a_name_in_an_adjunct():
    events = events_of("In a statement to Reuters, the militant group said it had killed 10 soldiers.")
    assert [e["agent"] for e in events if e["type"] == "Assault"] == [[]], events


def test_parse_a_carried_town_is_not_the_place_of_an_act_of_another_time():
    events = events_of("Militants attacked a passenger train Tuesday near Sibi. "
                       "The group also attacked a police station in 2023, killing five officers.")
    assert [e["place"] for e in events if e["type"] == "Assault"] == [["Sibi"], []], events


def test_parse_a_hyphenated_surname_alone_is_the_person_named_in_full():
    facts = facts_of("Immigration lawyer Linda Dakin-Grimm told VOA that cards can be revoked. "
                     "\"Maybe,\" Dakin-Grimm said.")
    assert [e.label for e in facts.entities if e.type == "Person"] == ["Linda Dakin-Grimm"]


def test_parse_the_younger_of_a_surname_is_not_the_person_named():
    events = events_of('Jimmy Lai has been held since 2020. "It has given us hope," the younger Lai said on Wednesday.')
    assert not [e for e in events if e["type"] == "Statement" and e["agent"] == ["Jimmy Lai"]], events


def test_parse_she_after_according_to_x_is_x():
    events = events_of("Lai's plight has received bipartisan support, according to Caoilfhionn Gallagher, the attorney "
                       "leading Lai's legal team. She told VOA she hopes the United States can help.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["Caoilfhionn Gallagher"]] * 2, events


def test_parse_two_towns_names_after_a_given_name_are_a_person():
    facts = facts_of("Marco Rubio met Wang Yi on Monday in Paris.")
    assert {(e.label, e.type) for e in facts.entities} >= {("Marco Rubio", "Person"), ("Paris", "City")}


def test_parse_an_english_word_after_a_town_is_no_town():
    facts = facts_of("Talks failed at the Hanoi Summit held in February.")
    assert [e.label for e in facts.entities if e.type == "City"] == ["Hanoi"]


def test_parse_a_country_after_a_visits_own_phrase_only_is_visited():
    events = events_of("Chalida Tajaroensuk said on Monday she visited the five Uyghurs in prison and said they were "
                       "terrified of being forced back to China.")
    assert not [e for e in events if e["type"] == "Meeting" and "China" in e["agent"]], events


def test_parse_words_of_the_speakers_own_in_a_quotation_are_the_speakers():
    facts = facts_of("Bennett said he had sought to engage with Taliban authorities. \u201cWhere there are differences, "
                     "dialogue is the answer. I urge the Taliban to reverse their decision and reiterate my "
                     "willingness to travel to Afghanistan,\u201d he said.")
    assert {e.agents for e in facts.events if e.type == "Statement"} == {("person/bennett",)}, facts.events


def test_parse_a_sentence_that_tells_no_event_sets_no_scene():
    events = events_of("The pact was negotiated with the insurgents in Qatar's capital, Doha. "
                       "Taliban fighters attacked an army checkpoint on Monday.")
    assert [e["place"] for e in events if e["type"] == "Assault"] == [[]], events


def test_parse_an_unnamed_passive_subject_is_not_replaced_by_a_name_inside_its_phrase():
    events = events_of("The alleged coup plotters involved in the attempt to overthrow President Jovenel Moise on "
                       "Feb. 7 are also detained there.")
    assert not [e for e in events if e["type"] == "Arrest" and "Jovenel Moise" in e["target"]], events
    events = events_of("Hundreds of protesters were detained in Minsk.")
    assert [e["target"] for e in events if e["type"] == "Arrest"] == [["protesters"]], events


def test_parse_a_place_that_locates_the_scene_is_not_the_scene():
    events = events_of("Arnel Joseph was killed in a gun battle with police Friday in the town of L'Estere, near "
                       "Gonaives. Police later arrested two of his men.")
    assert [e["place"] for e in events if e["type"] == "Arrest"] == [["L'Estere"]], events


def test_parse_who_is_disappointed_is_not_blamed():
    events = events_of("Antony Blinken issued a statement saying the United States is deeply disappointed by the "
                       "approval of the bill.")
    assert not [e for e in events if e["type"] == "Criticism" and "United States" in e["target"]], events


def test_parse_whose_rights_a_group_defends_is_part_of_its_name():
    events = events_of("The move has drawn criticism from immigrants' rights groups.")
    assert [e["agent"] for e in events if e["type"] == "Criticism"] == [["immigrants' rights groups"]], events


def test_parse_a_sentence_that_opens_days_later_tells_a_new_act():
    events = [e for e in events_of("Last month, insurgents ambushed a bus in Kalat. Just days later, a roadside bomb "
                                   "killed 11 coal miners in the city.") if e["type"] == "Assault"]
    assert [(e["agent"], e["target"]) for e in events] == [(["insurgents"], []), ([], ["coal miners"])], events


def test_parse_a_date_with_earlier_is_no_new_scene():
    events = [e for e in events_of("Police detained 12 protesters in Minsk on Sunday. The detentions, made earlier "
                                   "that day, were confirmed by the ministry.") if e["type"] == "Arrest"]
    assert len(events) == 1, events


def test_parse_a_participle_after_a_quotation_makes_no_statement_of_the_quoted():
    events = events_of("Gabuev added that “the Chinese leadership has reasons to think that they have something to "
                       "take from Russia,” suggesting that China is extremely interested.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["Gabuev"]], events


def test_parse_according_to_a_name_not_read_cites_no_one_after_it():
    events = events_of("According to the Global Terrorism Index 2025, the Baloch Liberation Army is one of two "
                       "militant groups driving a surge in violence.")
    assert not [e for e in events if e["type"] == "Statement"], events


def test_parse_a_place_in_a_relative_clause_does_not_say_what_the_subject_says():
    events = events_of("Many of the original inhabitants of the islands who were forcibly expelled to make way for "
                       "the base on Diego Garcia in the 1960s are also critical of the agreement and say their voices "
                       "have been ignored.")
    assert not [e for e in events if e["type"] == "Statement" and e["agent"] != ["original inhabitants"]], events


def test_parse_what_is_done_instead_of_something_is_not_that_thing():
    facts = facts_of("Matthew Brummer, a professor at the National Graduate Institute for Policy Studies in Tokyo, said "
                     "instead of calling for an Asian NATO, Japan will likely increase cooperation with NATO.")
    assert [e.trigger for e in facts.events] == ["said"], facts.events


def test_parse_a_country_that_names_a_border_is_not_the_place():
    events = [e for e in events_of("Rebels attacked nearly 10 villages in the north on Tuesday, near the Cameroon "
                                   "border.") if e["type"] == "Assault"]
    assert events and events[0]["place"] != ["Cameroon"], events


def test_parse_the_military_is_the_story_states_armed_forces():
    facts = facts_of("Pakistan's army chief met the prime minister in Islamabad. The powerful military has ruled the "
                     "country for decades. The military said it arrested ten militants.")
    assert ("Pakistan military", "Organization") in {(e.label, e.type) for e in facts.entities}
    assert not [e for e in facts.entities if e.type == "Group" and "military" in e.label]


def test_parse_a_name_after_street_gang_is_an_organisations():
    facts = facts_of("Kristi Noem said many of them are members of the Venezuelan street gang Tren de Aragua.")
    assert ("Tren de Aragua", "Organization") in {(e.label, e.type) for e in facts.entities}


def test_parse_a_description_by_words_of_a_bodys_name_is_that_body():
    events = events_of("Ahmed Ali, president of the Interprofessional Association of Poultry Farmers, said prices "
                       "rose. The poultry farmers group says regional production cannot keep up with demand.")
    assert [e["agent"] for e in events if e["type"] == "Statement"][1:] == [
        ["Interprofessional Association of Poultry Farmers"]], events


def test_parse_who_tells_of_an_unnamed_bodys_blame_does_not_blame():
    # the company blames, unnamed: no accusation of the one telling it
    events = events_of("Maria Lopez says the company blamed the government for the losses.")
    assert not [e for e in events if e["type"] == "Accusation" and e["agent"] == ["Maria Lopez"]], events


def test_parse_a_capitals_mayor_is_no_state_official():
    events = events_of("Beijing's mayor said the deal was illegal.")
    assert not [e for e in events if "China" in e["agent"]], events


def test_parse_a_name_ending_in_an_acronym_is_a_companys_and_a_things_name_no_ones():
    facts = facts_of("Chinese Kling AI and Ernie Bot are leaders, said Jeffrey Towson. China considers AI an important "
                     "tool. The Next Generation Artificial Intelligence Development Plan said AI would be adopted.")
    kinds = {e.label: e.type for e in facts.entities}
    assert kinds.get("Kling AI") == "Organization" and "AI" not in kinds, kinds
    assert not [label for label, kind in kinds.items() if kind == "Person" and label != "Jeffrey Towson"], kinds


def test_parse_a_storms_name_is_no_person_whom_she_could_be():
    events = events_of("Lucy Mtilatila, director of Malawi's Department of Climate Change and Meteorological Services, "
                       "told VOA that Cyclone Jude had moved from Malawi to Mozambique, where it was expected to "
                       "dissipate. “Right now, the threat of the cyclone is almost over.” she said, adding that floods "
                       "were still a concern.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["Lucy Mtilatila"]] * 2, events


def test_parse_a_speech_verb_inside_a_name_says_nothing():
    events = events_of("Sayed Abdul Wajeed Sadat, the Ghazni provincial head for the Red Cross and Red Crescent "
                       "Society told VOA five people had likely been killed in the crash.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["Sayed Abdul Wajeed Sadat"]], events


def test_parse_the_subject_of_an_adjective_is_a_persons_name_and_keeps_the_surname():
    events = events_of("Feniya Mbewe was upset when the Blantyre Girls Primary School refused to enroll her daughter, "
                       "Makeda Mbewe, because of her hair. \"We are very much excited,\" Mbewe said.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["Feniya Mbewe"]], events


def test_parse_the_school_is_the_school_named_before():
    events = events_of("The Blantyre Girls Primary School refused to enroll Makeda Mbewe. The school said her "
                       "dreadlocks were against a policy.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["Blantyre Girls Primary School"]], events


def test_parse_a_firms_name_joined_by_an_ampersand_is_the_consultancy_named_after():
    events = events_of("Business consultancy Dezan Shira & Associates places the revenue at $2 billion. "
                       "“Vietnam is emerging as a key player,” the consultancy says.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["Dezan Shira & Associates"]], events


def test_parse_a_firms_last_word_alone_names_no_body():
    facts = facts_of("Joao Paulo Pinto, director of Research at the National Institute of Study, said prices rose. "
                     "The Vietnam Investment Review says prices rose.")
    labels = {e.label for e in facts.entities if e.type == "Organization"}
    assert "Research" not in labels and "Vietnam Investment Review" in labels, labels


def test_parse_a_nations_word_before_group_names_no_body_by_its_name():
    events = events_of("The Palestinian Authority condemned the raid. Hamas fighters attacked the town on Friday. "
                       "The Palestinian group said it had captured two soldiers.")
    assert not [e for e in events if e["type"] == "Statement" and e["agent"] == ["Palestinian Authority"]], events


def test_parse_a_regnal_number_is_no_companys_acronym():
    kinds = {e.label: e.type for e in facts_of("Pope Leo XIV called for peace. King Charles III said the country "
                                               "must unite.").entities}
    assert kinds == {"Leo XIV": "Person", "Charles III": "Person"}, kinds


def test_parse_a_continent_beside_a_country_is_a_place_of_its_own():
    labels = {(e.label, e.type) for e in facts_of("Exports from Cameroon and Europe fell sharply last year.").entities}
    assert labels == {("Cameroon", "Country"), ("Europe", "Place")}, labels


def test_parse_at_the_time_is_the_time_the_last_sentence_told():
    events = events_of("The government imposed a curfew in late January. At the time, Ahmed Ali "
                       "said prices would rise.")
    told = [e["date"] for e in events if e["type"] == "Restriction"]
    assert told and told[0] and [e["date"] for e in events if e["type"] == "Statement"] == told, events


def test_parse_they_after_many_of_them_is_the_whole_group():
    events = events_of("Demonstrators, many of them students, chanted slogans against the government as they marched "
                       "through the capital, Dhaka.")
    assert [e["agent"] for e in events if e["type"] == "Protest"] == [["demonstrators"]], events


def test_parse_a_statement_with_no_date_of_its_own_is_made_on_the_scenes_day():
    events = events_of("The kidnappers freed 279 girls in Zamfara on Tuesday.\n\nGovernor Bello Matawalle addressed the "
                       "girls and said their release is a big relief.")
    assert [e["date"] for e in events if e["type"] == "Statement"] == ["2024-03-05"], events


def test_parse_a_speaker_who_spoke_on_a_day_speaks_on_it_again_not_on_a_day_ahead():
    events = events_of("Foreign Minister Ana Diaz said Friday that ministers will meet in Geneva on Tuesday. "
                       "Diaz said her country is ready to listen. \u201cWhat happens tomorrow will be key,\u201d she said. "
                       "\u201cWe are ready,\u201d Diaz added.")
    assert [(e["type"], e["date"]) for e in events] == [("Meeting", "2024-03-12"), ("Statement", "2024-03-08"),
                                                         ("Statement", "2024-03-08"), ("Statement", "2024-03-08")], events


def test_parse_a_bare_definite_event_noun_is_the_event_told_before_whoever_the_words_around_it_name():
    events = events_of("Attackers detonated a car bomb outside a girls' school in Kabul on Saturday, killing 50 people. "
                       "Afghan officials accused the Taliban of plotting the attack. "
                       "The president declared Tuesday a day of mourning for the victims of the Kabul attack.")
    assert [(e["type"], e["agent"]) for e in events] == [("Assault", ["attackers"]),
                                                         ("Accusation", ["Afghan officials"])], events


def test_parse_a_capital_that_names_where_an_event_noun_happened_is_the_city():
    facts = facts_of("The president declared Tuesday a day of mourning for the victims of the Kabul attack.")
    assert {e.label: e.type for e in facts.entities}["Kabul"] == "City"
    assert [(e.agents, e.places) for e in facts.events] == [((), ("city/kabul-af",))]


def test_parse_a_verb_in_the_present_takes_no_year_or_month_of_the_background():
    events = events_of("Militants attacked the camp in 2013. Somalia's ambassador, Mohamud Ahmed Nur, accuses Kenya of "
                       "politicizing refugee affairs. Ahmed says the camps must close.")
    assert [(e["type"], e["date"]) for e in events] == [("Assault", "2013"), ("Accusation", None),
                                                        ("Statement", None)], events


def test_parse_words_dated_after_the_story_keep_no_date():
    events = events_of("Ministers say they hope to reopen the borders by early next month, but they stress it will "
                       "depend on the vaccination campaign.")
    assert [e["date"] for e in events if e["type"] == "Statement"] == [None], events


def test_parse_a_banned_armed_group_described_is_the_group_named_before_and_its_claimed_act_is_no_statement():
    events = events_of("The Baloch Liberation Army claimed responsibility for the attack. In a statement to media, the "
                       "banned separatist militant group claimed to be holding more than 200 hostages.")
    # (a claim of responsibility that names no attack the story told stays the group's words)
    assert [(e["type"], e["agent"]) for e in events] == [("Statement", ["Baloch Liberation Army"]),
                                                         ("Assault", ["Baloch Liberation Army"])], events


def test_parse_the_story_moves_to_a_later_day_a_sentence_tells_than_a_background_year():
    events = events_of("After denying it for weeks, Thailand, which had held the men since arresting them in 2014, "
                       "deported 40 of them on March 1. The United Nations condemned Thailand.")
    assert [e["date"] for e in events if e["type"] == "Criticism"] == ["2024-03-01"], events
    # but a day of the saying is no day of the scene it tells
    events = events_of("Officials confirmed Friday that 31 people lost their lives in Tuesday's train hijacking by "
                       "militants. Five soldiers were also killed in the attack.")
    assert [e["date"] for e in events if e["type"] == "Assault"] == ["2024-03-05", "2024-03-05"], events


def test_parse_a_passive_or_perfect_in_the_present_takes_no_day_far_from_the_story():
    events = events_of("Police arrested 12 protesters on February 20. Both ships are sanctioned by the U.S. Treasury "
                       "Department. Rights groups have accused Beijing of genocide.")
    assert [(e["type"], e["date"]) for e in events] == [("Arrest", "2024-02-20"), ("Sanction", None),
                                                        ("Accusation", None)], events


def test_parse_a_verb_in_the_present_takes_no_day_far_from_the_story():
    events = events_of("Police arrested 12 protesters on February 20. Beijing denies the allegations. "
                       "Police arrested 10 more people on Thursday. Ahmed Ali says the country needs calm.")
    assert [(e["type"], e["date"]) for e in events if e["type"] in ("Denial", "Statement")] == [
        ("Denial", None), ("Statement", "2024-03-07")], events


def test_parse_an_it_inside_a_quotation_is_no_body_and_a_branch_after_a_known_acronym_is_no_person():
    events = events_of("The groups were aligned with Islamic State in the Sahel. Andrew Lebovich of the think tank "
                       "Clingendael said the plots are indicative of IS Sahel's broader ambitions. "
                       "\u201cIt does suggest an ongoing effort to expand,\u201d he said.")
    assert [(e["type"], e["agent"], e["target"]) for e in events] == [
        ("Statement", ["Andrew Lebovich"], ["IS Sahel"]), ("Statement", ["Andrew Lebovich"], [])], events


def test_parse_a_short_acronym_of_the_actor_dictionaries_names_no_body_the_story_did_not_spell_out():
    facts = facts_of("The Central African Republic said CAR troops were deployed. According to Khalil's NTA, Rubio "
                     "decided. The PLA held drills near Taiwan.")
    labels = {e.label for e in facts.entities}
    assert not labels & {"Revolutionary Armed Corps", "Irish National Liberation Army",
                         "Anti-Imperialist Territorial Nuclei for the Construction of the Fighting Communist Party"}, labels


def test_parse_an_acronym_in_capitals_is_no_town_and_a_peoples_name_stays_in_a_groups():
    facts = facts_of("In 2024, the BLA and other separatist groups killed nearly 400 people. Rohingya refugees "
                     "protested in Dhaka. Law enforcement agencies arrested 20 people.")
    kinds = {e.label: e.type for e in facts.entities}
    assert kinds.get("BLA") == "Organization" and "Bla" not in kinds, kinds
    assert kinds.get("Rohingya refugees") == "Group" and kinds.get("law enforcement agencies") == "Group", kinds


def test_parse_review_counter_examples_keep_what_was_right_before():
    """A second reader's counter-examples to this session's rules: each keeps what the rules got right before."""
    def first(body, type_):
        return next(e for e in events_of(body) if e["type"] == type_)

    assert first("On Monday, Iran warned it will retaliate against Israel.", "Threat")["date"] == "2024-03-04"
    assert first("On Thursday, protesters gathered in the capital as parliament is expected to vote on the bill.",
                 "Protest")["date"] == "2024-03-07"
    assert first("According to the report, Hamid Karzai met Taliban leaders in Doha.", "Meeting")["source"] == []
    for body in ("Five soldiers were killed as the army battled militants in North Waziristan.",
                 "Two policemen were killed when police raided a militant hideout in Quetta."):
        assert first(body, "Assault")["agent"] == [], body
    assert [e["place"] for e in events_of("Militants attacked a police post in Kandahar on Monday. In a separate "
                                          "incident, the bombing in Kabul on Thursday killed 12 people.")
            if e["type"] == "Assault"] == [["Kandahar"], ["Kabul"]]
    assert first("Russia threatened in January to cut gas supplies to Moldova.", "Threat")["date"] == "2024-01"
    assert first("\u201cThe talks failed,\u201d Rubio said, noting that Iran had rejected the plan on Monday.",
                 "Statement")["date"] is None
    assert first("Iran condemned Ismail Haniyeh's killing in Tehran on Monday.", "Criticism")["target"] == []
    assert first("Russia sent troops to eastern Ukraine on Monday.", "ForceDisplay")["place"] == ["Ukraine"]
    assert first("Iran rejected the new Washington sanctions on Monday.", "Criticism")["target"] == ["United States"]
    # (and a clause of the time the words were said still dates them)
    assert first("\u201cThe fighters were in contact with their handlers,\u201d Ahmed Ali told a news channel as he "
                 "declared the operation over Thursday night.", "Statement")["date"] == "2024-03-07"


def test_parse_a_hyphenated_modifier_stays_in_a_groups_name():
    labels = {e.label for e in facts_of("His organization is urging like-minded individuals to sign. "
                                        "Russian-speaking residents fled.").entities if e.type == "Group"}
    assert labels == {"like-minded individuals", "Russian-speaking residents"}, labels


ROLES = {
    "a title keeps its state when another's relative clause meets counterparts": (
        "Israeli Strategic Affairs Minister Ron Dermer hosted U.S. envoy Amos Hochstein, who also met his Israeli "
        "counterparts.", ("Ron Dermer", "Minister", "Israel")),
    "a title is not of the state whose counterpart the sentence names": (
        "National Security Advisor Pavel Ostrov spoke by phone on Sunday with Israeli counterpart Meir Ben-Shabbat.",
        ("Pavel Ostrov", "National Security Advisor", None)),
    "a title of a person of the news since 2014 is of the state the tables give": (
        "National Security Advisor Jake Sullivan spoke by phone on Sunday with Israeli counterpart Meir Ben-Shabbat.",
        ("Jake Sullivan", "National Security Advisor", "United States")),
    "a branch between the state and the title": (
        "U.S. District Judge James Boasberg had ordered the flights to turn around.",
        ("James Boasberg", "Judge", "United States")),
    "a post one served in": ("Ana Ortiz served as Peru's foreign minister until 2020.",
                             ("Ana Ortiz", "foreign minister", "Peru")),
    "a post joined to a first by 'and was'": (
        "Anders Fogh Rasmussen founded the group. Rasmussen served as NATO secretary general from 2009 until 2014 "
        "and was a two-term Danish prime minister prior to that.",
        ("Anders Fogh Rasmussen", "prime minister", "Denmark")),
    "a journalist with an outlet the tables do not know": (
        "Blessed Mhlanga, a journalist with NewsDay and Heart and Soul Television, has been detained since February.",
        ("Blessed Mhlanga", "journalist", "NewsDay")),
    "a post at each of two bodies joined by 'and'": (
        "Blessed Mhlanga, a journalist with NewsDay and Heart and Soul Television, has been detained since February.",
        ("Blessed Mhlanga", "journalist", "Heart and Soul Television")),
    "an ambassador to a body is the sending state's": (
        "Ukraine's ambassador to the United Nations, Sergiy Kyslytsya, said Russia had violated the charter.",
        ("Sergiy Kyslytsya", "ambassador", "Ukraine")),
    "an unnamed state's official in apposition": (
        "Mahamat Idriss Deby, Chad's transitional president, met the delegation.",
        ("Mahamat Idriss Deby", "president", "Chad")),
    "a body's name opening the title": ("Foreign Ministry spokeswoman Ana Ortiz said the law was unfair.",
                                        ("Ana Ortiz", "Foreign Ministry spokeswoman", "Foreign Ministry")),
    "an analyst at a body": ("Ana Ortiz, an analyst at the Carnegie Endowment, said the law was unfair.",
                             ("Ana Ortiz", "analyst", "Carnegie Endowment")),
    "a branch between the owner and the title": (
        "Amnesty International's Americas director Ana Ortiz said the law was unfair.",
        ("Ana Ortiz", "director", "Amnesty International")),
    "who works for a body holds the title told without one there": (
        "Police arrested journalist Dawit Bekele. Dawit, who works for the Addis Standard newspaper, was charged.",
        ("Dawit Bekele", "journalist", "Addis Standard")),
    "a military rank is a title of the story's state": (
        "Pakistan's army said the train was freed. Lieutenant General Ahmed Sharif Chaudhry said 18 soldiers died.",
        ("Ahmed Sharif Chaudhry", "Lieutenant General", "Pakistan")),
    "a body the story just named before a title": (
        "Wall Street Journal reporter Evan Gershkovich was released by Russia.",
        ("Evan Gershkovich", "reporter", "Wall Street Journal")),
    "a rank is a title, not part of the name": (
        "Former U.S. Marine Paul Whelan was released by Russia.", ("Paul Whelan", "Marine", "United States")),
    "who heads a body is its head": ("Ana Ortiz, who heads Human Rights Watch, said the law was unfair.",
                                     ("Ana Ortiz", "head", "Human Rights Watch")),
    "a title after 'is the'": ("Mahad Wasuge is the executive director of the Mogadishu-based group Somali Public Agenda.",
                               ("Mahad Wasuge", "executive director", "Somali Public Agenda")),
    "a longtime leader leads the story's country": (
        "Zimbabwe's economy collapsed under longtime leader Robert Mugabe.", ("Robert Mugabe", "leader", "Zimbabwe")),
    "a secretary of the story's country": ("In Washington, Defense Secretary Pete Hegseth said the base was ready.",
                                           ("Pete Hegseth", "Defense Secretary", "United States")),
    "an apposition is no verb phrase": (
        "Trump's envoy, Steve Witkoff, spoke with Russian President Vladimir Putin.",
        ("Vladimir Putin", "President", "Russia")),
    "a country's ambassador to a body is the country's": (
        "Britain's Deputy U.N. Ambassador James Kariuki said the talks failed.",
        ("James Kariuki", "Ambassador", "United Kingdom")),
    "an official of a named body": ("Ahmad Khan, a Taliban official in Herat, said the talks failed.",
                                    ("Ahmad Khan", "official", "Taliban")),
    "a title after the age": ("Ana Ortiz, 54, a former judge, said the talks failed.", ("Ana Ortiz", "judge", None)),
    "a member of a party": ("Ana Ortiz, a member of the Popular Force party, said the vote was rigged.",
                            ("Ana Ortiz", "member", "Popular Force")),
    "the spokesperson for a body's head speaks for the body": (
        "Stephane Dujarric, spokesperson for the U.N. secretary-general, said the talks failed.",
        ("Stephane Dujarric", "spokesperson", "United Nations")),
    "a name ending in a place word is a person's when a title follows": (
        "Lina Park, director of the Asia program at the International Crisis Group, said the risk was high.",
        ("Lina Park", "director", "International Crisis Group")),
    "words that qualify a title stand between it and its owner": (
        "Hamas political leader Ismail Haniyeh said the group accepted the proposal.",
        ("Ismail Haniyeh", "leader", "Hamas")),
    "a body's foreign policy chief": (
        "EU foreign policy chief Josep Borrell said the sanctions would stay.",
        ("Josep Borrell", "chief", "European Union")),
    "a people's name that ends a titled name is a surname": (
        "U.N. human rights chief Volker Turk called for an investigation.",
        ("Volker Turk", "human rights chief", "United Nations")),
    "a place's name inside an unknown name stays in it": (
        "Pakistani Foreign Office spokesperson Shafqat Ali Khan told reporters the talks had failed.",
        ("Shafqat Ali Khan", "spokesperson", "Pakistan")),
    "a state's chief negotiator": (
        "Iran's chief nuclear negotiator Ali Bagheri Kani met European diplomats in Vienna.",
        ("Ali Bagheri Kani", "nuclear negotiator", "Iran")),
    "a prince's honorific after a title is no part of his name": (
        "Saudi Energy Minister Prince Abdulaziz bin Salman said his country would not agree.",
        ("Abdulaziz bin Salman", "Energy Minister", "Saudi Arabia")),
    "a rapporteur of the UN": ("Ana Ortiz, the UN special rapporteur on human rights in Peru, said the law was unfair.",
                               ("Ana Ortiz", "special rapporteur", "United Nations")),
}


@pytest.mark.parametrize("name", sorted(ROLES))
def test_parse_role(name):
    body, expected = ROLES[name]
    facts = facts_of(body)
    label = {e.key: e.label for e in facts.entities}
    roles = {(label[r.person], r.title, label.get(r.of)) for r in facts.roles}
    assert expected in roles, roles


def test_parse_a_speaker_in_apposition_takes_no_title_from_the_verb_phrase_after():
    facts = facts_of("Trump's envoy, Steve Witkoff, spoke with Russian President Vladimir Putin.")
    label = {e.key: e.label for e in facts.entities}
    assert not [r for r in facts.roles if label[r.person] == "Steve Witkoff" and r.title == "President"]


def test_parse_a_quotation_of_two_sentences_gives_its_speaker_as_the_first_ones_source():
    facts = facts_of("“Police arrested 50 protesters in Lima. This is unacceptable,” Ana Ortiz said.")
    label = {e.key: e.label for e in facts.entities}
    arrest = next(e for e in facts.events if e.type == "Arrest")
    assert [label[k] for k in arrest.sources] == ["Ana Ortiz"]


def test_parse_a_peoples_name_the_tables_lack_stays_in_a_groups_name():
    labels = {e.label for e in facts_of("Fulani militants attacked a village. Armed men fired on the crowd. "
                                        "Ana Ortiz supporters marched.").entities if e.type == "Group"}
    assert {"Fulani militants", "armed men", "supporters"} <= labels, labels  # (the Houthis are a known body now)


def test_parse_they_after_a_bodys_statement_is_that_body():
    events = events_of("The G7 joint statement said the group remains concerned with China's military build-up. "
                       "They called on China to engage in talks.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["G7"], ["G7"]], events
    assert [e["target"] for e in events if e["type"] == "Statement"][1] == ["China"], events


def test_parse_two_names_joined_by_a_hyphen_stay_two():
    facts = facts_of("Top diplomats urged Russia to accept a ceasefire in the Russia-Ukraine war.")
    assert {(e.label, e.type) for e in facts.entities} >= {("Russia", "Country"), ("Ukraine", "Country")}
    assert not [e for e in facts.entities if e.label.startswith("-")]


def test_parse_a_title_inside_anothers_of_phrase_is_not_the_persons():
    facts = facts_of("Stephane Dujarric, spokesperson for the U.N. secretary-general, said the talks failed.")
    assert [r.title for r in facts.roles] == ["spokesperson"]


def test_parse_a_harm_noun_subject_names_no_agent():
    """"The conflict with Russia has killed ...": the nearest name before the verb (Russia) is not its agent."""
    events = [e for e in events_of("The conflict with Russia has killed tens of thousands of soldiers.") if e["type"] == "Assault"]
    assert all(e["agent"] == [] for e in events), events  # and a war told in general is no event at all


def test_parse_their_opposition_is_a_stance_not_a_group():
    facts = facts_of("G7 members reiterated their opposition to any attempt to change the status quo by force.")
    assert not [e for e in facts.entities if e.label.lower() == "opposition"], facts.entities
    assert [e.label for e in facts_of("The opposition boycotted the vote.").entities] == ["opposition"]


def test_parse_places_joined_by_and_are_all_places():
    labels = {(e.label, e.type) for e in facts_of("Protesters marched in Minsk and Brest, and later in Izmir and "
                                                  "Ankara.").entities}
    assert {("Minsk", "City"), ("Brest", "City"), ("Ankara", "City")} <= labels, labels


def test_parse_the_summit_a_meeting_happens_beside_is_its_setting():
    events = events_of("Joe Biden and Xi Jinping will meet on the sidelines of the APEC summit.")
    assert [(e["type"], e["agent"]) for e in events] == [("Meeting", ["Joe Biden", "Xi Jinping"])], events


def test_parse_a_possessive_inside_a_partys_name():
    labels = [e.label for e in facts_of("His party, the Republican People's Party, called the arrest a coup.").entities]
    assert "Republican People's Party" in labels, labels
    assert [e.label for e in facts_of("Turkey's Foreign Ministry summoned the ambassador.").entities
            if e.type == "Organization"] == ["Turkey's Foreign Ministry"]


def test_parse_an_apposition_before_said_is_not_the_persons_title():
    facts = facts_of("Police detained 37 people over the arrest of Mayor Ekrem Imamoglu, the interior minister said. "
                     "Imamoglu, a key rival of President Recep Tayyip Erdogan, was detained on Wednesday.")
    label = {e.key: e.label for e in facts.entities}
    roles = {(label[r.person], r.title) for r in facts.roles}
    assert ("Ekrem Imamoglu", "interior minister") not in roles and ("Ekrem Imamoglu", "President") not in roles, roles
    assert ("Recep Tayyip Erdogan", "President") in roles, roles


def test_parse_a_bare_group_said_in_passing_is_no_entity():
    """The contract's groups are collectives that act: "told reporters" names none; "riot police" said in
    passing is singled out by its description and stays; "reporters" who are attacked act in an event."""
    labels = {e.label for e in facts_of("Ruto told reporters that riot police had been sent to the border.").entities}
    assert "reporters" not in labels and "riot police" in labels, labels
    attacked = facts_of("Police beat reporters outside parliament on Monday.")
    assert "reporters" in {e.label for e in attacked.entities}, attacked.entities


def test_parse_a_definite_noun_restating_sanctions_is_no_new_sanction():
    events = events_of("The United States imposed sanctions on three commanders on Friday. The Treasury Department "
                       "said the measures freeze any assets they hold in the United States.")
    assert [e["type"] for e in events].count("Sanction") == 1, events


def test_parse_a_place_no_table_knows_keeps_the_last_place_away():
    # (the model reads South Darfur as a place: a region, the place of the abduction, not the city before)
    events = events_of("Police detained ten protesters in Omdurman on Monday. Gunmen abducted 15 aid workers in "
                       "South Darfur on Thursday.")
    abduction = next(e for e in events if e["type"] == "Assault")
    assert abduction["place"] == ["South Darfur"], abduction


def test_parse_his_party_is_the_movement_he_leads():
    facts = facts_of("Georgian police on Friday detained Nika Melia, a leader of the opposition United National "
                     "Movement, during a rally outside parliament, his party said.")
    label = {e.key: e.label for e in facts.entities}
    arrest = next(e for e in facts.events if e.type == "Arrest")
    assert [label[k] for k in arrest.sources] == ["United National Movement"], arrest


def test_parse_a_protest_since_another_clause_is_not_over_its_words():
    """"gathered every night since the party suspended talks": the object scan stops at the clause word."""
    events = events_of("Georgian police detained Nika Melia on Friday. Thousands of demonstrators have gathered every "
                       "night since the ruling Georgian Dream party suspended talks.")
    protest = next(e for e in events if e["type"] == "Protest")
    assert "Georgian police" not in protest["target"], protest


def test_parse_a_weekday_a_speaker_told_of_stays_past():
    events = events_of("Vladimir Putin will resign, the Kremlin said on Monday.")
    assert [e["date"] for e in events if e["type"] == "Statement"] == ["2024-03-04"], events


def test_parse_two_shows_of_force_by_different_states_stay_apart():
    events = events_of("North Korea fired two ballistic missiles into the sea on Saturday, hours after the United "
                       "States and South Korea began their largest joint military exercises in years.")
    agents = sorted(e["agent"] for e in events if e["type"] == "ForceDisplay")
    assert agents == [["North Korea"], ["United States", "South Korea"]], events


def test_parse_it_after_a_thing_is_not_the_last_actor():
    events = events_of("Japan's Prime Minister Fumio Kishida condemned the launch, saying it threatened peace.")
    criticism = next(e for e in events if e["type"] == "Criticism")
    assert "Japan" not in criticism["target"], criticism


def test_parse_the_top_diplomat_of_a_state_is_someone_named_not_the_state():
    events = events_of("“We could bring peace to the continent,” the top U.S. diplomat noted.")
    assert not [e for e in events if e["agent"] == ["United States"]], events


@pytest.mark.parametrize("text", ["Al-Shabaab militants stormed a hotel in Mogadishu.",
                                  "Al Shabab militants stormed a hotel in Mogadishu.",
                                  "The al-Shabab group claimed the attack on a hotel in Mogadishu."])
def test_parse_a_phoenix_armed_group_in_any_spelling(text):
    """The Phoenix dictionaries' organisations are names of the tables, "al-" or "al " either way."""
    assert ("Al-Shabaab", "Organization") in {(e.label, e.type) for e in facts_of(text).entities}


def test_parse_a_phoenix_name_of_generic_words_is_no_organisation():
    """"Islamic Group", "Aid Group": names made only of generic words are left out of the tables."""
    from kg.extract.lexicon import load_lexicon
    known = {o.label for o in load_lexicon().actor_organizations}
    assert "Islamic Group" not in known and "Aid Group" not in known and "Foundation" not in known
    assert "Al-Shabaab" in known and "American Civil Liberties Union" in known


def test_parse_a_first_name_before_a_known_surname_is_another_person():
    """"Resila Onyango" after "Dennis Onyango" is a second Onyango, not the first one again."""
    facts = facts_of("Police detained Dennis Onyango on Friday. Police spokeswoman Resila Onyango denied the allegation.")
    label = {e.key: e.label for e in facts.entities}
    denial = next(e for e in facts.events if e.type == "Denial")
    assert [label[k] for k in denial.agents] == ["Resila Onyango"], denial


def test_parse_a_by_phrase_of_another_verb_is_not_the_events_agent():
    events = events_of("Thousands of people protested in Nairobi on Thursday. "
                       "The government said the protests were funded by foreign groups.")
    # "the protests" with nothing of their own are the ones told before: no second protest, and never one of
    # the foreign groups
    assert [e["agent"] for e in events if e["type"] == "Protest"] == [["protesters"]], events


def test_parse_who_does_something_to_an_event_does_not_hold_it():
    events = events_of("A court ordered the closure of two television stations that had broadcast the protests live.")
    assert all(e["agent"] != ["court"] for e in events if e["type"] == "Protest"), events


def test_parse_acts_that_share_no_one_two_sentences_apart_stay_two():
    events = events_of("Russia has blocked access to Facebook since March. The regulator gave no reason. "
                       "Journalists were barred from entering the courtroom.")
    restrictions = [(e["agent"], e["target"]) for e in events if e["type"] == "Restriction"]
    assert (["Russia"], []) in restrictions and ([], ["journalists"]) in restrictions, events


def test_parse_a_state_acting_takes_no_place_from_the_last_scene():
    events = events_of("Thousands of people protested in Nairobi on Thursday. Russia has blocked access to Facebook "
                       "since March.")
    blocked = [e for e in events if e["type"] == "Restriction"]
    assert blocked and blocked[0]["place"] == [], events


def test_parse_a_title_without_a_state_is_of_the_state_the_actor_dictionaries_know():
    facts = facts_of("Ukraine's president spoke in Kyiv. President Vladimir Putin said the talks had failed.")
    label = {e.key: e.label for e in facts.entities}
    roles = {(label[r.person], r.title, label.get(r.of)) for r in facts.roles}
    assert ("Vladimir Putin", "President", "Russia") in roles, roles


def test_parse_a_participle_a_verb_orders_is_done_to_its_subject():
    events = events_of("Police arrested Dawit Bekele on Tuesday. A court ordered him held for 14 more days.")
    assert all(e["agent"] != ["Dawit Bekele"] for e in events), events


def test_parse_a_country_named_in_two_words_is_the_storys_focus():
    facts = facts_of("Sri Lanka's economy grew. The country's central bank kept rates on hold. Sri Lanka paid "
                     "$500 million to bondholders. China said the loans were fair. The government said the rates were fair.")
    label = {e.key: e.label for e in facts.entities}
    assert any(label[k] == "Sri Lanka" for e in facts.events if e.type == "Statement" for k in e.agents), facts.events


def test_parse_no_name_ends_in_of():
    labels = {(e.label, e.type) for e in facts_of("Thousands of Israelis protested in Tel Aviv on Saturday.").entities}
    assert not any(label.endswith(" of") for label, _ in labels) and ("Israelis", "Group") in labels, labels


def test_parse_a_name_the_model_calls_a_place_or_an_event_is_no_person():
    labels = {(e.label, e.type) for e in facts_of("The ships sailed into the Pacific Ocean on Friday.").entities}
    assert ("Pacific Ocean", "Person") not in labels, labels


def test_parse_who_criticises_in_a_relative_clause_on_an_unnamed_noun_is_unnamed():
    events = events_of("Venezuela expelled diplomats from seven Latin American countries that had criticized the vote.")
    assert not [e for e in events if e["type"] == "Criticism" and e["agent"] == ["diplomats"]], events


@pytest.mark.parametrize("body, expected", [
    ("Jimmy Lai is jailed in Hong Kong.", ("Hong Kong", "City")),
    ("Mahad Wasuge heads the Mogadishu-based group Somali Public Agenda.", ("Mogadishu", "City")),
    ("Boko Haram abducted 276 schoolgirls from Chibok in Borno State.", ("Chibok", "City")),
    ("Gunmen attacked Jangebe, Nigeria, on Friday.", ("Jangebe", "City")),
    ("Somalia's president signed the law. The parliament approved it on Monday.", ("Somali parliament", "Organization")),
])
def test_parse_places_and_bodies_told_in_passing(body, expected):
    assert expected in {(e.label, e.type) for e in facts_of(body).entities}


def test_parse_the_parliament_after_a_named_one_is_not_the_storys_countrys():
    labels = {e.label for e in facts_of("Somalia's president spoke. The European Parliament met. "
                                        "The parliament approved it.").entities}
    assert "Somali parliament" not in labels, labels


@pytest.mark.parametrize("body, name", [
    ("The report was written by Somali Public Agenda and Democracy Watch.", "Democracy Watch"),
    ("Agents of Immigration and Customs Enforcement detained him.", "Customs Enforcement"),
])
def test_parse_a_name_with_nothing_of_a_person_is_no_person(body, name):
    assert (name, "Person") not in {(e.label, e.type) for e in facts_of(body).entities}


@pytest.mark.parametrize("body, name", [
    ("Mahad Wasuge is the executive director of the group.", "Mahad Wasuge"),
    ("Sviatlana Tsikhanouskaya, the opposition leader, left the country.", "Sviatlana Tsikhanouskaya"),
    ("“We will not stop,” Randhir Jaiswal said.", "Randhir Jaiswal"),
    ("Foreign ministry spokesperson Randhir Jaiswal rejected the claim.", "Randhir Jaiswal"),
])
def test_parse_a_name_told_as_a_persons_is_a_person(body, name):
    assert (name, "Person") in {(e.label, e.type) for e in facts_of(body).entities}


def test_parse_a_dateline_city_that_stands_for_a_body_gives_its_country_as_focus():
    text = ("Headline\nFebruary 27, 2024\n\nBRUSSELS (Reuters) — Thousands of farmers protested on Monday.\n\n"
            "In Poland, farmers blocked border crossings with Ukraine. Ukraine said the blockade hurt its economy.\n\n"
            "The government promised aid to farmers.\n")
    facts = extract_facts(parse_article(text, article_id="t", source="t.txt"))
    label = {e.key: e.label for e in facts.entities}
    assert [label[k] for e in facts.events if e.type == "Statement" and e.trigger == "promised" for k in e.agents] \
        == ["Belgium"], facts.events


def test_parse_every_participant_of_an_event_is_an_entity():
    facts = facts_of("Russian drones struck an apartment building in Kharkiv overnight, wounding 18 people. "
                     "An Israeli blockade of Gaza began. Iranian missiles hit the base.")
    keys = {e.key for e in facts.entities}
    for event in facts.events:
        assert set(event.agents + event.targets + event.places + event.sources) <= keys, event


def test_parse_the_start_of_a_period_dates_no_later_scene():
    events = events_of("Girls have been barred from secondary school since 2021. "
                       "A court in Kabul fined a shopkeeper for selling music cassettes.")
    assert [e["date"] for e in events if e["type"] == "Restriction" and e["agent"] == ["court"]] == [None], events


def test_parse_where_one_speaks_sets_no_scene():
    events = events_of("Zabihullah Mujahid told reporters in Kabul that the claim was false. "
                       "The military said 12 soldiers were killed in the attack.")
    assert [e["place"] for e in events if e["type"] == "Assault"] == [[]], events


def test_parse_talks_of_one_state_with_itself_are_no_meeting():
    events = events_of("Afghanistan's economy is weak. The government would hold talks with Kabul, he said.")
    assert not [e for e in events if e["type"] == "Meeting"], events


def test_parse_a_persons_first_name_is_not_a_town_of_that_name():
    labels = {(e.label, e.type) for e in facts_of("Kim Jong Un supervised the drill. Kim warned of a response.").entities}
    assert ("Kim", "City") not in labels, labels


def test_parse_a_vague_time_of_its_own_takes_no_date_from_the_scene_before():
    events = events_of("Police arrested ten protesters in Khartoum on Monday. "
                       "RSF fighters attacked a village in Gezira state last week, killing at least 80 people.")
    assert [e["date"] for e in events if e["type"] == "Assault"] == [None], events


def test_parse_a_date_inside_what_is_said_does_not_date_the_saying():
    events = events_of("Daniel Chapo's office said he would be sworn in on January 15.")
    assert [e["date"] for e in events if e["type"] == "Statement"] == [None], events
    events = events_of("Israeli Prime Minister Benjamin Netanyahu said Sunday Israel would maintain order.")
    assert [e["date"] for e in events if e["type"] == "Statement"] == ["2024-03-03"], events


def test_parse_holding_a_banner_holds_no_one():
    facts = facts_of("Police detained a woman outside the court who held a banner supporting the activists.")
    assert [e.trigger for e in facts.events if e.type == "Arrest"] == ["detained"], facts.events


def test_parse_a_speakers_state_says_nothing_more_in_the_same_breath():
    facts = facts_of("Israel's foreign minister Israel Katz called for sanctions against Iran and said the seizure "
                     "was piracy.")
    label = {e.key: e.label for e in facts.entities}
    assert [[label[k] for k in e.agents] for e in facts.events if e.type == "Statement"] == [["Israel Katz"]]


def test_parse_a_continent_is_no_city():
    labels = {(e.label, e.type) for e in facts_of("Pope Francis began a tour of Asia and Oceania in Jakarta.").entities}
    assert ("Asia", "City") not in labels, labels


def test_parse_the_day_of_the_saying_does_not_date_what_is_said():
    events = events_of("Indonesian police arrested seven people in Jakarta, officials said on Friday.")
    assert [e["date"] for e in events if e["type"] == "Arrest"] == [None], events


def test_parse_a_passive_goes_on_in_a_joined_participle():
    events = events_of("Ten protesters were arrested and five journalists beaten.")
    assert [(e["agent"], e["target"]) for e in events if e["type"] == "Assault"] == [([], ["journalists"])], events


def test_parse_a_protest_told_before_is_not_told_again_by_who_meets_it():
    events = events_of("Thousands of demonstrators marched in Tbilisi on Sunday. "
                       "Police used water cannons to disperse the demonstrators.")
    assert len([e for e in events if e["type"] == "Protest"]) == 1, events


def test_parse_who_is_killed_in_the_attack_is_the_attackers_victim():
    events = events_of("Militants attacked a passenger train in Balochistan on Tuesday. "
                       "Five soldiers were also killed in the attack.")
    assert [e["agent"] for e in events if e["type"] == "Assault" and e["target"] == ["soldiers"]] == [["militants"]], \
        events


def test_parse_an_english_word_opening_a_sentence_is_no_name():
    labels = {(e.label, e.type) for e in facts_of("Turnout was about 75%, officials said.").entities}
    assert ("Turnout", "Person") not in labels, labels


def test_parse_an_election_that_opens_its_sentence_takes_its_plan_after():
    events = events_of("A parliamentary election will be held in November, the president said.")
    assert [e["status"] for e in events if e["type"] == "Election"] == ["planned"], events


def test_parse_the_outlet_told_is_not_what_a_statement_is_about():
    events = events_of("Two U.S. defense officials told VOA on Wednesday that the base was empty.")
    assert [e["target"] for e in events if e["type"] == "Statement"] == [[]], events


def test_parse_words_of_blame_inside_a_condemnation_make_one_criticism():
    events = events_of("Iran's foreign ministry spokesman Nasser Kanaani condemned the decision as \"illegal\".")
    assert [e["agent"] for e in events if e["type"] == "Criticism"] == [["Nasser Kanaani"]]


def test_parse_social_media_and_various_groups_are_no_groups_named_so():
    facts = facts_of("Various groups condemned the arrest on social media. Police arrested Ana Ortiz on Monday.")
    assert {e.label for e in facts.entities if e.type == "Group"} <= {"groups", "police"}


def test_parse_the_latest_kidnapping_after_the_act_is_no_second_event():
    events = events_of("Gunmen abducted at least 287 pupils from a school in Kaduna on Thursday, residents said, "
                       "the latest mass kidnapping in the West African country.")
    assert [e["type"] for e in events] == ["Assault"], events


def test_parse_a_bare_missile_in_a_story_of_a_states_strikes_is_that_states():
    events = events_of("Russia launched one of its biggest air attacks on Ukraine overnight. In Kharkiv, a missile "
                       "struck a residential building, wounding 10 people.")
    assert [(e["type"], e["agent"], e["place"]) for e in events][-1] == ("Assault", ["Russia"], ["Kharkiv"]), events


def test_parse_missiles_fired_right_after_a_states_attack_are_an_attack_not_a_show_of_force():
    events = events_of("Russia launched one of its biggest air attacks on Ukraine overnight. Ukraine's air force "
                       "said Russia had fired 88 missiles and 63 drones.")
    assert "ForceDisplay" not in [e["type"] for e in events], events
    assert events[-1]["type"] == "Assault" and events[-1]["source"] == ["Ukraine's air force"], events


def test_parse_a_surname_that_is_a_peoples_name_votes_for_no_country():
    facts = facts_of("U.N. human rights chief Volker Turk called for an investigation. Pakistani police "
                     "detained 20 protesters.")
    assert "Turkey" not in {e.label for e in facts.entities}


def test_parse_a_definite_noun_with_nothing_of_its_own_is_the_scene_told_before():
    events = events_of("Opposition leader Maria Corina Machado addressed thousands of supporters at a rally in Caracas "
                       "on Thursday. She was detained as she left the protest.")
    assert [e["type"] for e in events].count("Protest") == 1, events


def test_parse_a_common_word_opening_a_sentence_before_a_body_is_no_name():
    facts = facts_of("Rights group Foro Penal says more than 1,700 people have been jailed.")
    assert "Rights" not in {e.label for e in facts.entities}


def test_parse_a_day_that_modifies_another_noun_dates_it_and_a_period_carries_no_date():
    events = events_of("Venezuelan police detained dozens on Monday. Foro Penal says more than 1,700 people have been "
                       "jailed since the disputed July 28 election.")
    jailed = [e for e in events if e["type"] == "Arrest"][-1]
    assert (jailed["count"], jailed["date"]) == ((1700, "more than"), None), events


def test_parse_charges_rejected_after_a_comma_are_no_second_accusation():
    events = events_of("Tigray's leaders accused Eritrean troops of killing civilians, charges the government in "
                       "Addis Ababa rejected.")
    assert [e["type"] for e in events].count("Accusation") == 1, events


def test_parse_the_subject_of_a_clause_after_after_is_not_the_doer_of_its_act():
    events = events_of("Authorities imposed a curfew in the capital after clashes left 10 dead.")
    assert [(e["type"], e["agent"]) for e in events] == [("Restriction", ["authorities"]), ("Assault", [])], events


def test_parse_a_given_names_second_syllable_after_a_hyphen_stays_in_the_name():
    facts = facts_of("South Korean President Moon Jae-in met Kim Jong-un on Friday. Lai Ching-te won the election. "
                     "The Saudi-led coalition and Russia-backed forces were named.")
    labels = {e.label for e in facts.entities}
    assert {"Moon Jae-in", "Kim Jong-un", "Lai Ching-te"} <= labels, labels
    assert not {label for label in labels if label.endswith(("-led", "-backed"))} - {"Russia-backed forces"}, labels


def test_parse_a_second_measure_of_the_same_body_is_a_second_restriction():
    events = events_of("On Tuesday the army banned gatherings in Lima. It also imposed a curfew.")
    assert [(e["type"], e["agent"]) for e in events] == [("Restriction", ["Peru army"])] * 2, events


def test_parse_a_pronoun_stands_for_the_person_the_last_sentence_was_about_not_one_named_in_passing():
    events = events_of("When Ana Ortiz, a senator and the fiercest critic of President Tomas Herrera, was arrested at "
                       "her home in Quito on Tuesday, few were surprised. Police officers dragged her from her car, "
                       "her lawyer told reporters.")
    assert [(e["type"], e["target"]) for e in events] == [("Arrest", ["Ana Ortiz"])] * 2, events


@pytest.mark.parametrize("body, speaker", [
    ("Prosecutor Jacob Gutwillig said Masih Alinejad will testify. “They wanted to kill her. You will hear it from "
     "Ms. Alinejad herself,” he told the court.", "Jacob Gutwillig"),
    ("Mr Herrera met Ms Ortiz on Monday. “We will not give up,” she told reporters.", "Ortiz"),
    ("Mr Hart met spokeswoman Jane Doe on Monday. “We agreed on nothing,” she said.", "Jane Doe"),
])
def test_parse_a_pronoun_stands_only_for_a_person_of_its_sex_where_the_story_tells_it(body, speaker):
    statements = [e for e in events_of(body) if e["type"] == "Statement"]
    assert statements and statements[-1]["agent"] == [speaker], events_of(body)


@pytest.mark.parametrize("body, speaker", [
    ("Amnesty International accused the authorities of failing to protect rural communities. The rights group said "
     "more than 1,000 people had been killed since January.", "Amnesty International"),
    ("The charity Doctors Without Borders says insecurity caused by the Boko Haram conflict has cut off a million "
     "people. The aid group says the population is being victimized by all sides.", "Doctors Without Borders"),
])
def test_parse_the_rights_group_is_the_body_the_last_sentence_was_about(body, speaker):
    facts = facts_of(body)
    label = {e.key: e.label for e in facts.entities}
    last = [e for e in facts.events if e.sentence == 1]
    assert last and all({label[k] for k in e.agents + e.sources} == {speaker} for e in last), \
        [(e.type, e.agents, e.sources) for e in facts.events]


def test_parse_a_bodys_head_word_is_no_town_of_that_name_inside_a_name():
    events = events_of("The General Confederation of Labor, Argentina's largest union, called a general strike for Thursday.")
    assert [(e["type"], e["agent"]) for e in events] == [("Protest", ["General Confederation of Labor"])], events


def test_parse_an_acronym_opening_a_sentence_keeps_its_capitals_in_a_groups_label():
    labels = {e.label for e in facts_of("EU foreign ministers will meet in Brussels next month.").entities}
    assert "EU foreign ministers" in labels, labels


@pytest.mark.parametrize("body, group", [
    ("Thousands of retirees marched to Congress on Wednesday, clashing with police.", "retirees"),
    ("Truckers blocked highways across the country on Monday.", "truckers"),
])
def test_parse_people_of_a_walk_of_life_who_act_together_are_a_group(body, group):
    assert group in [a for e in events_of(body) for a in e["agent"]], events_of(body)


def test_parse_his_government_is_the_state_he_leads_when_the_story_says_he_leads_one():
    events = events_of("Argentine President Javier Milei took office in 2023. His government secured a $20 billion "
                       "loan from the International Monetary Fund last week.")
    assert [(e["type"], e["target"]) for e in events] == [("Loan", ["Argentina"])], events
    events = events_of("South Korean Ambassador Joonkook Hwang spoke on Monday. His government has determined that "
                       "Russia used artillery shells made in North Korea against Ukraine.")
    assert not [e for e in events if "Russia" in e["agent"] and e["type"] == "Statement"], events


def test_parse_one_counts_a_singular_and_no_later_number_takes_its_place():
    events = events_of("A suicide bomber detonated explosives near a convoy in Kalat, killing at least one soldier "
                       "and injuring four others.")
    assert [(e["type"], e["target"], e["count"]) for e in events] == [("Assault", ["soldier"], (1, "at least"))], events


def test_parse_a_possessive_in_a_groups_label_is_written_as_one_word():
    labels = {e.label for e in facts_of("Besigye's lawyers said they would challenge the charges.").entities}
    assert "Besigye's lawyers" in labels, labels


def test_parse_one_unnamed_person_of_a_trade_is_who_an_arrest_is_of():
    events = events_of("A Japanese businessman was detained in Beijing in March 2023 on suspicion of spying.")
    assert [(e["type"], e["target"], e["place"]) for e in events] == [
        ("Arrest", ["Japanese businessman"], ["Beijing"])], events


def test_parse_one_of_a_trade_in_apposition_to_a_person_is_that_person_and_no_group():
    facts = facts_of("Iran released Olivier Grondeau, a French tourist who had been held in Evin prison.")
    label = {e.key: e.label for e in facts.entities}
    assert [(e.type, [label[k] for k in e.targets]) for e in facts.events] == [
        ("Release", ["Olivier Grondeau"]), ("Arrest", ["Olivier Grondeau"])]
    assert "French tourist" not in label.values(), label


def test_parse_a_firms_last_word_makes_its_name_an_organisations():
    types = {e.label: e.type for e in facts_of("The businessman, an employee of Astellas Pharma, was detained in "
                                               "Beijing.").entities}
    assert types.get("Astellas Pharma") == "Organization", types


def test_parse_a_for_a_plural_starts_no_groups_label():
    facts = facts_of("Last year the IMF lent Ecuador $4bn, a deal critics say emboldened him.")
    assert "deal critics" not in {e.label for e in facts.entities}, [e.label for e in facts.entities]


def test_parse_them_stands_for_the_group_the_last_sentence_was_about_not_one_named_in_passing():
    events = events_of("The Americans had been jailed on charges including terrorism, which their families say were "
                       "fabricated. Venezuelan authorities accused several of them of plotting to kill Maduro.")
    assert [e["target"] for e in events if e["type"] == "Accusation"] == [["Americans"]], events


def test_parse_an_act_told_in_the_past_perfect_takes_no_day_of_the_scene_told_before():
    events = events_of("Venezuela released six Americans on Friday. The Americans had been jailed on charges of "
                       "terrorism. In a statement, the group said it had killed more than 10 people.")
    assert [(e["type"], e["date"]) for e in events][:2] == [("Release", "2024-03-08"), ("Arrest", None)], events
    assert [e["date"] for e in events if e["type"] == "Assault"] == ["2024-03-08"], events


def test_parse_a_number_that_is_arrested_counts_the_arrested_and_names_no_one_before_it():
    events = events_of("At least 20 people were injured, including a photographer who was hit in the head by a tear "
                       "gas canister, and 94 were arrested, Security Minister Patricia Bullrich told reporters.")
    assert [(e["target"], e["count"]) for e in events if e["type"] == "Arrest"] == [([], (94, "exactly"))], events


def test_parse_custody_where_violence_was_done_is_no_second_arrest_and_them_are_not_the_speakers():
    events = events_of("Police said 400 protesters were detained on Monday. The ombudsman says many of them were "
                       "tortured in custody.")
    assert [(e["type"], e["target"]) for e in events if e["type"] in ("Arrest", "Assault")] == [
        ("Arrest", ["protesters"]), ("Assault", ["protesters"])], events


def test_parse_a_phrase_quoted_as_what_was_declared_makes_no_speaker_a_source():
    events = events_of('Noboa, 37, has deployed the military to the streets and declared an "internal armed conflict" '
                       'against drug gangs.')
    assert [(e["type"], e["source"]) for e in events] == [("ForceDisplay", [])], events


def test_parse_a_word_of_blame_blames_neither_the_speakers_state_nor_the_body_her_title_names():
    events = events_of("Chinese Foreign Ministry spokesperson Mao Ning said China rejects other countries' imposition "
                       "of what Beijing considers illegal unilateral sanctions.")
    assert not [e for e in events if e["agent"] == ["Mao Ning"] and e["type"] == "Criticism"
                and {"China", "Chinese Foreign Ministry"} & set(e["target"])], events


@pytest.mark.parametrize("body", [
    "Militants attacked a train in Pakistan's restive Balochistan province on Tuesday.",
    "Pakistan's army said on Monday that militants attacked a train in the country's restive Balochistan province.",
])
def test_parse_a_region_is_named_by_its_name_and_lies_in_the_country_the_story_tells(body):
    facts = facts_of(body)
    regions = [(e.key, e.label, e.country) for e in facts.entities if e.type == "Place"]
    assert regions == [("place/balochistan-pk", "Balochistan", "PK")], regions
    label = {e.key: e.label for e in facts.entities}
    assert [[label[k] for k in e.places] for e in facts.events if e.type == "Assault"] == [["Balochistan"]]


def test_parse_a_date_of_a_relative_clause_about_the_subject_does_not_date_what_the_subject_does():
    events = events_of("A tribunal sentenced Ana Ortiz on Monday. Ortiz, who fled to Spain in 2024, has denied the "
                       "charges.")
    assert [(e["type"], e["date"]) for e in events if e["type"] == "Denial"] == [("Denial", None)], events


@pytest.mark.parametrize("body, wanted", [
    # a second reader's counter-examples to this session's rules, each narrowed: (text, (type, slot, value))
    ("Police detained 300 protesters in Tbilisi on Friday. Many of them were beaten.",
     ("Assault", "target", ["protesters"])),
    ("Police arrested dozens of people during the violence in Dhaka on Friday.", ("Arrest", "place", ["Dhaka"])),
    ("Russian drones flew over Ukraine and Poland said it had scrambled fighter jets.",
     ("Statement", "agent", ["Poland"])),
    ("France, Germany and Britain said in a joint statement that the vote was neither free nor fair.",
     ("Statement", "agent", ["France", "Germany", "United Kingdom"])),
    ("Russian forces regularly shell Kherson and on Friday killed three civilians there.",
     ("Assault", "target", ["civilians"])),
    ("Police stormed the opposition headquarters on Friday. By nightfall, officers had detained 40 people.",
     ("Arrest", "date", "2024-03-08")),
    ("Police arrested three activists over their role in 2022 protests against the government.",
     ("Arrest", "date", None)),
    ("Gunmen attacked a village in Zamfara state, which borders Niger, on Friday.", ("Assault", "date", "2024-03-08")),
    ("Police arrested the journalist's brother after the journalist was sentenced in absentia.",
     ("Arrest", "agent", ["police"])),
    ("Police detained 12 journalists on Friday, and two were later released.", ("Release", "target", ["journalists"])),
    ("Amnesty International called the verdict a blow to press freedom.", ("Criticism", "agent", ["Amnesty International"])),
    ("Sheikh Hasina fled to India in August. Prosecutors accused her of ordering a deadly crackdown on protesters.",
     ("Accusation", "target", ["Hasina"])),
    # a second reader's counter-examples to session 28's rules, each narrowed: (text, (type, slot, value))
    ("Russia has been hit by Western sanctions since 2022.", ("Sanction", "target", ["Russia"])),
    ("Ukraine's air force said Russia launched 100 drones overnight, and its missiles struck energy facilities in "
     "Kharkiv.", ("Assault", "agent", ["Russia"])),
    ("The army said its aircraft struck rebel positions near El Fasher on Sunday.", ("Assault", "agent", ["army"])),
    ("Villagers met with U.N. officials on Wednesday to discuss the displacement.", ("Meeting", "date", "2024-03-06")),
    ("A Russian missile crashed into a hospital in Kharkiv on Friday, killing three people.",
     ("Assault", "count", (3, "exactly"))),
    ("Israel widened the war in Lebanon on Monday, killing 50 people in airstrikes.", ("Assault", "place", ["Lebanon"])),
    ("Human Rights Watch, a rights group, documented 40 killings by police. The Interior Ministry rejected the findings "
     "on Monday. The group called for an independent inquiry.", ("Statement", "agent", ["Human Rights Watch"])),
    ("When Maduro was declared the winner, many countries, including the United States, said the vote was fraudulent.",
     ("Criticism", "agent", ["United States"])),
    ("Amnesty International said that police beat the detainees, and that prosecutors accused them of treason.",
     ("Accusation", "source", ["Amnesty International"])),
    ("Police detained 40 protesters on Thursday.\n\nIn 2020, security forces killed dozens of protesters in the same "
     "square.\n\nTroops also detained hundreds of people, rights groups said.", ("Arrest", "date", "2024-03-07")),
    ("Relatives who accuse the army of abducting their sons marched in Srinagar on Friday.",
     ("Accusation", "target", ["army"])),
    ("Israeli strikes killed 30 people in Gaza overnight, the government media office in Gaza said.",
     ("Assault", "source", [])),
    ("Police arrested 20 protesters in the Federal Capital Territory (FCT) on Monday.",
     ("Arrest", "place", ["Federal Capital Territory"])),
    ("Israel wants all the hostages released before any ceasefire.", ("Release", "agent", [])),
    ("Russia's army pressed its offensive. In Ukraine, the government in Moscow said its troops captured two "
     "villages.", ("Statement", "agent", ["Russia"])),
    ("Police arrested five members of the opposition party on Monday.", ("Arrest", "target", [])),
    # a third reader's counter-examples to the narrowed rules: (text, (type, slot, value))
    ("Police detained 30 protesters on Monday. A court released them on Friday.", ("Release", "target", ["protesters"])),
    ("Troops killed 20 members of al-Shabab on Friday.", ("Assault", "target", ["Al-Shabaab"])),
    ("Russia bombarded Kharkiv with missiles on Friday.", ("Assault", "agent", ["Russia"])),
    ("Thousands of people gathered outside parliament on Sunday, chanting \"Resign!\"", ("Protest", "date", "2024-03-03")),
    ("The army said the Taliban attacked the post, but that claim was rejected by the Taliban.",
     ("Denial", "source", [])),
    ("The sanctions Iran faces have crippled its economy.", ("Sanction", "target", ["Iran"])),
    ("The People's Liberation Army staged drills around Taiwan on Monday.",
     ("ForceDisplay", "agent", ["People's Liberation Army"])),
    ("Russia and Ukraine exchanged hundreds of prisoners on Friday.", ("Release", "agent", ["Russia", "Ukraine"])),
])
def test_parse_review_counter_examples_of_the_narrowed_rules(body, wanted):
    type_, slot, value = wanted
    events = [e for e in events_of(body) if e["type"] == type_]
    assert events and events[0][slot] == value, events_of(body)


@pytest.mark.parametrize("body, type_", [
    ("Doctors Without Borders suspended its activities in the area after the attack on Friday.", "Restriction"),
    ("President Ruto vowed to defeat the opposition in the 2027 election.", "Threat"),
    ("Hundreds of Palestinians gathered at an aid distribution point in Rafah on Friday.", "Protest"),
    ("The ruling party struck opposition lawmakers from key committees on Friday.", "Assault"),
    ("A powerful storm cut power and internet to much of the island on Friday.", "Restriction"),
    # session 28's counter-examples that must make no event of the type
    ("Thousands of fans gathered in central Buenos Aires on Sunday, waving flags, to celebrate the World Cup victory.",
     "Protest"),
    ("Thousands of people gathered at the beach on Saturday despite warnings of rough seas.", "Protest"),
    ("Schools across Japan held earthquake drills on Friday.", "ForceDisplay"),
    ("The European Central Bank conducted stress-test exercises on 100 banks.", "ForceDisplay"),
    ("The two sides exchanged fire near the prisoners' camp.", "Release"),
    ("Residents bombarded the ministry with complaints about the water shortage.", "Assault"),
    ("Georgia's top election official Giorgi Kalandarishvili said the vote was not stolen.", "Accusation"),
    ("A bus crashed into a truck on the highway, killing 12 people.", "Assault"),
    ("People who criticize the monarchy face 15 years in prison.", "Criticism"),
    ("Haley fought Trump for the nomination.", "Assault"),
    ("M23 rebels have fought Congolese troops since 2021.", "Assault"),
    ("Protesters met with police roadblocks on Monday.", "Meeting"),
])
def test_parse_review_counter_examples_that_tell_no_such_event(body, type_):
    assert not [e for e in events_of(body) if e["type"] == type_], events_of(body)


def test_parse_the_rights_group_is_no_state_body_the_last_sentence_was_about():
    events = events_of("Amnesty International published a report on Friday. The Interior Ministry dismissed it on "
                       "Saturday. The rights group criticised the response.")
    assert not [e for e in events if e["type"] == "Criticism" and "Interior Ministry" in e["agent"]], events


@pytest.mark.parametrize("body, speaker", [
    ("The European Union imposed sanctions on Iran on Tuesday. The bloc said the measures targeted drone makers.",
     ["European Union"]),
    ("Gazprom cut gas supplies to Europe on Monday. The bloc said the move was blackmail.", None),
])
def test_parse_the_bloc_is_the_bloc_of_states_named_last(body, speaker):
    statements = [e["agent"] for e in events_of(body) if e["type"] == "Statement"]
    assert statements == ([speaker] if speaker else []), events_of(body)


def test_parse_a_protest_a_copula_describes_is_the_one_told():
    facts = facts_of("Thousands of people rallied in Belgrade on Saturday. The protest was the culmination of a "
                     "campaign that began in Novi Sad in November.")
    assert [(e.type, e.trigger) for e in facts.events] == [("Protest", "rallied")]


def test_parse_a_leader_named_in_an_apposition_speaks_restating_nothing():
    events = events_of("Amnesty International urged restraint. The opposition leader, Raila Odinga, called for the "
                       "police chief to resign.")
    assert [(e["type"], e["agent"]) for e in events] == [("Statement", ["Amnesty International"]),
                                                         ("Statement", ["Raila Odinga"])]


def test_parse_a_compass_word_opens_a_bodys_name():
    facts = facts_of("The Eastern Theater Command said the drills tested the army. The Central Bank of Nigeria said "
                     "rates would rise.")
    labels = {e.label for e in facts.entities if e.type == "Organization"}
    assert {"Eastern Theater Command", "Central Bank of Nigeria"} <= labels, labels


def test_parse_what_a_relative_clause_says_tells_nothing_of_the_verb_after_it():
    events = events_of("President Nicolas Maduro, whom Washington calls a \"dictator,\" denounced the strikes on "
                       "Monday.")
    denounced = [e for e in events if e["agent"] == ["Nicolas Maduro"]]
    assert denounced and denounced[0]["type"] == "Criticism" and denounced[0]["source"] == [], events


def test_parse_a_speakers_words_do_not_reach_back_into_another_speakers_clause():
    events = events_of("The United States said the verdict showed that the authorities had \"weaponized\" the law, "
                       "and Australia said it was \"gravely concerned.\"")
    assert [(e["type"], e["agent"], e["target"]) for e in events] == [("Statement", ["United States"], []),
                                                                      ("Statement", ["Australia"], [])], events


def test_parse_bare_governments_are_no_group():
    facts = facts_of("His organization is urging individuals and governments to sign the charter. The case drew "
                     "criticism from multiple governments.")
    assert not {e.label for e in facts.entities} & {"governments", "multiple governments"}


def test_parse_a_background_year_does_not_date_the_next_paragraphs_scenes():
    events = events_of("A court convicted 14 activists on Thursday.\n\nThey were among 47 activists arrested in 2021."
                       "\n\nPolice detained a protester outside the court.")
    assert [(e["type"], e["date"]) for e in events if e["type"] == "Arrest"] == [("Arrest", "2021"),
                                                                                   ("Arrest", "2024-03-07")], events


def test_parse_a_noun_that_sums_up_the_act_by_a_superlative_is_that_act():
    events = events_of("Gunmen on motorcycles abducted 287 students and teachers from a school in northwestern Nigeria "
                       "on Thursday, a local official said, in the country's largest mass kidnapping in three years.")
    assert [e["type"] for e in events] == ["Assault"], events


def test_parse_a_body_whose_name_opens_with_its_countrys_is_one_body():
    facts = facts_of("Supporters of the Pakistan Tehreek-e-Insaf (PTI) marched on the capital.")
    assert "Pakistan Tehreek-e-Insaf" in {e.label for e in facts.entities if e.type == "Organization"}


def test_parse_them_is_the_group_the_last_sentence_was_about():
    events = events_of("Hundreds of protesters attacked the embassies in Kinshasa on Tuesday, accusing Western countries "
                       "of failing to stop Rwanda. Police fired tear gas to disperse them.")
    police = [e for e in events if e["agent"] == ["police"]]
    assert police and police[0]["type"] == "Assault" and police[0]["target"] == ["protesters"], events


def test_parse_review_28_a_flashback_paragraph_opening_in_a_year_dates_the_next():
    events = events_of("Police detained 40 protesters on Thursday.\n\nIn 2020, security forces killed dozens of "
                       "protesters in the same square.\n\nTroops also detained hundreds of people, rights groups said.")
    assert [e["date"] for e in events if e["type"] == "Arrest"] == ["2024-03-07", "2020"], events


def test_parse_review_28_a_protest_told_with_its_own_place_or_next_is_another():
    events = events_of("Students marched in Novi Sad on Saturday. The next rally will be in Kragujevac on March 15.")
    assert [(e["type"], e["place"]) for e in events] == [("Protest", ["Novi Sad"]), ("Protest", ["Kragujevac"])], events


def test_parse_review_28b_a_weapon_of_either_side_named_is_no_ones_guess():
    events = events_of("Israel said Hamas fired rockets at Sderot on Monday, and its aircraft struck the launch site.")
    assert not [e for e in events if e["type"] == "Assault" and e["agent"] == ["Israel"] and e["source"] == ["Israel"]]


def test_parse_a_trigger_whose_verb_the_parse_does_not_find_shares_no_object():
    # the word soup of tests/reliability's generated corpus that once crashed the rule of verbs joined before one
    # object (it read the verb the parse did not find)
    events_of("at would President detained not imposed killed $1.5 billion last week 2020 Finance to. Sunday elected "
              "on - spokeswoman – Reuters. would more than 100,000 government \" not says Minister in August were. "
              "the protested Moscow his — she in August marched Amnesty International.")


def test_parse_they_is_not_a_group_named_inside_a_participles_clause():
    events = events_of("The militants blew up the tracks, bringing the train with nearly 450 passengers to a halt in a "
                       "tunnel, where they stormed it.")
    assert [e["agent"] for e in events if e["type"] == "Assault"] == [["militants"]], events


def test_parse_a_broadcaster_a_body_owns_speaks_as_itself():
    # "Hamas's Al-Aqsa TV channel": the channel is a broadcaster of its own, not an account its owner posts on
    events = [e for e in events_of("Hamas's Al-Aqsa TV channel said Israeli troops detained 20 men in Jenin on "
                                   "Tuesday.") if e["type"] == "Arrest"]
    assert events and events[0]["source"] and "Hamas" not in events[0]["source"], events


def test_parse_a_claim_of_the_hotel_attack_is_not_of_a_killing_of_another_year():
    events = events_of("Gunmen stormed the Syl hotel in Mogadishu on Friday. The hotel is popular with lawmakers. In 2019, "
                       "a lawmaker was killed in a bombing outside the hotel. Security forces surrounded the building. The "
                       "siege lasted several hours. Residents said they heard explosions. Al-Shabab claimed responsibility "
                       "for the hotel attack.")
    old = [e for e in events if e["type"] == "Assault" and e["date"] == "2019"]
    assert old and old[0]["agent"] == [], events


def test_parse_the_military_is_the_storys_states_not_another_named_later():
    events = events_of("Pakistan's military said on Friday it killed 12 militants near the Afghan border. The U.S. military "
                       "has long pressed Pakistan to act against militant groups. The military said the militants had "
                       "attacked a checkpoint in North Waziristan.")
    checkpoint = [e for e in events if e["type"] == "Assault" and e["agent"] == ["militants"]]
    assert checkpoint and checkpoint[0]["source"] == ["Pakistan military"], events


def test_parse_two_measures_of_two_verbs_joined_are_two_events():
    events = [e for e in events_of("Senegal suspended mobile internet and imposed a curfew in Dakar on Saturday.")
              if e["type"] == "Restriction"]
    assert len(events) == 2, events


def test_parse_drones_a_states_name_stands_before_may_be_anothers():
    # a state's own crewed craft strike for it ("U.S. jets"); drones or missiles another may have supplied: the
    # attacker the story told before strikes with them
    events = [e for e in events_of("Russia launched a wave of attacks on Ukraine. Iran drones struck Odesa on Friday.")
              if e["type"] == "Assault"]
    assert [e["agent"] for e in events] == [["Russia"], ["Russia"]], events


def test_parse_a_verb_that_renews_calls_for_sanctions_imposes_none():
    events = [e for e in events_of("The killing of the journalist renewed calls for sanctions on Saudi Arabia.")
              if e["type"] == "Sanction"]
    assert events and events[0]["agent"] == [], events


def test_parse_the_group_after_a_report_of_another_bodys_act_is_not_that_body():
    # "Human Rights Watch said the RSF killed civilians, and the group urged": whose words the parse does not say
    events = events_of("Human Rights Watch said the Rapid Support Forces killed hundreds of civilians in West Darfur, "
                       "and the group urged the U.N. to impose an arms embargo.")
    assert not [e for e in events if e["type"] == "Statement" and e["agent"] == ["Rapid Support Forces"]], events


def test_parse_saying_it_investigated_the_attack_claims_none():
    events = events_of("A bomb killed 12 people at a mosque in Peshawar on Friday. The Interior Ministry said it "
                       "conducted the investigation into the attack.")
    assert [e["agent"] for e in events if e["type"] == "Assault"] == [[]], events


def test_parse_a_verb_in_a_tense_joined_to_an_infinitive_is_the_main_verbs_subjects():
    # "urged Rwanda to withdraw ... and called on M23": the United States calls on M23, not Rwanda
    events = [e for e in events_of("The United States urged Rwanda to withdraw its troops and called on M23 to halt "
                                   "its advance.") if e["type"] == "Statement"]
    assert [(e["agent"], e["target"]) for e in events] == [(["United States"], ["Rwanda"]),
                                                           (["United States"], ["M23"])], events


def test_parse_people_left_without_power_are_no_count_of_the_dead():
    events = [e for e in events_of("Russian strikes hit Kharkiv on Friday, leaving 200,000 people without power.")
              if e["type"] == "Assault"]
    assert events and events[0]["count"] is None, events


def test_parse_a_laws_name_and_its_initials_name_no_organisation():
    facts = facts_of("Turkey's purchase violated the Countering America's Adversaries Through Sanctions Act (CAATSA). "
                     "Lawmakers want to impose CAATSA sanctions against Turkey. "
                     "The Pakistan Tehreek-e-Insaf (PTI) said police arrested 40 of its supporters.")
    organisations = {e.label for e in facts.entities if e.type == "Organization"}
    assert not any("Act" in label or "CAATSA" in label for label in organisations), organisations
    assert "Pakistan Tehreek-e-Insaf" in organisations, organisations


def test_parse_people_killed_in_the_strikes_told_are_the_strikes_victims():
    events = [e for e in events_of("Israeli airstrikes hit Gaza on Monday. Health officials said 20 people were killed "
                                   "in the strikes.") if e["type"] == "Assault"]
    assert [e["agent"] for e in events] == [["Israel"], ["Israel"]], events
    assert events[-1]["count"] == (20, "exactly") and [s.lower() for s in events[-1]["source"]] == ["health officials"], events


def test_parse_a_multiplier_after_a_hyphen_is_the_sums():
    events = events_of("The IMF approved a $2.9-billion bailout for Sri Lanka on Monday.")
    facts = facts_of("The IMF approved a $2.9-billion bailout for Sri Lanka on Monday.")
    assert [e.amount.value for e in facts.events if e.type == "Loan"] == [2_900_000_000], events


def entities_of(body: str) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in facts_of(body).entities}


def test_parse_a_name_after_pro_or_anti_is_no_state():
    assert ("United States", "Country") not in entities_of("Thousands joined an anti-American rally in Tehran.")
    assert ("Palestine", "Country") not in entities_of("Thousands joined a pro-Palestinian rally in Santiago.")


def test_parse_the_democratic_republic_of_congo_is_not_its_neighbour():
    assert ("Democratic Republic of the Congo", "Country") in entities_of(
        "Rwanda denied backing rebels in the Democratic Republic of Congo.")


def test_parse_a_rank_without_its_full_stop_is_no_part_of_the_name():
    people = {label for label, type_ in entities_of(
        "Gen Muhoozi Kainerugaba threatened to invade. Commodore Jay Tarriela said the ship was rammed. "
        "Brig Vincent Loonena said the militia attacked.") if type_ == "Person"}
    assert people == {"Muhoozi Kainerugaba", "Jay Tarriela", "Vincent Loonena"}


def test_parse_a_generation_named_by_a_letter_is_no_person():
    assert not {label for label, type_ in entities_of("Gen Z protesters stormed parliament in Kathmandu.")
                if type_ == "Person"}


def test_parse_a_town_named_after_an_honorific_or_set_off_by_an_age_is_a_person():
    assert ("Imamoglu", "Person") in entities_of("Mr Imamoglu was detained on Wednesday.")
    assert ("Fatima", "Person") in entities_of('"They burned everything," said Fatima, a 34-year-old mother of five.')


def test_parse_a_sea_or_a_delta_named_after_a_state_is_no_state():
    assert entities_of("Militants in the Niger Delta blew up a pipeline.") == {
        ("militants", "Group"), ("Niger Delta", "Place")}
    assert ("Guinea", "Country") not in entities_of("Nigeria's navy said its patrols in the Gulf of Guinea had worked.")


def test_parse_a_place_known_as_a_states_name_is_no_state():
    assert entities_of("Clashes erupted in an area known as Colombia near the border.") == set()


def test_parse_a_longer_name_of_english_words_is_not_the_un_council_it_ends_with():
    assert ("Peace and Security Council", "Organization") in entities_of(
        "The African Union's Peace and Security Council condemned the coup.")
    assert ("UN Security Council", "Organization") in entities_of("France and the Security Council condemned the coup.")


def test_parse_hyphenated_arabic_and_bengali_names_are_whole():
    assert ("Abdul-Malik al-Houthi", "Person") in entities_of("Abdul-Malik al-Houthi said the attacks would continue.")
    assert ("Mohammed Ali al-Houthi", "Person") in entities_of("Mohammed Ali al-Houthi said it.")
    assert ("Harun-or-Rashid", "Person") in entities_of("Bangladesh's Harun-or-Rashid said.")
    assert ("Al-Qadir Trust", "Organization") in entities_of("The Al-Qadir Trust case was heard.")


def test_parse_a_hyphenated_vice_president_is_a_title():
    assert ("Riek Machar", "Person") in entities_of("Vice-President Riek Machar was placed under house arrest.")


def test_parse_a_body_whose_name_opens_with_government_keeps_it():
    assert ("Government Communication Service", "Organization") in entities_of(
        "The Government Communication Service said the claims were false.")
    assert ("Government of National Unity", "Organization") in entities_of(
        "The Government of National Unity said the claims were false.")


def test_parse_a_congress_leader_in_another_states_story_is_no_post_of_the_us_congress():
    assert ("U.S. Congress", "Organization") not in entities_of(
        "Peru's president Dina Boluarte faced protests in Lima on Monday. Congress leader Eduardo Salhuana said the "
        "vote was final.")
    assert ("U.S. Congress", "Organization") in entities_of(
        "U.S. President Joe Biden said it. Congress leader Mike Johnson said the vote was final.")


def test_parse_an_age_after_a_place_makes_no_person_of_it():
    assert ("Kharkiv", "City") in entities_of("In Kharkiv, a 67-year-old woman was killed.")
    assert ("Odesa", "City") in entities_of("Russian missiles struck Odesa, a 200-year-old port city.")


def test_parse_a_state_called_something_is_still_named():
    assert ("Russia", "Country") in entities_of("The president called Russia a terrorist state.")


def test_parse_a_rank_without_a_full_stop_needs_a_name_after_it():
    assert not {label for label, type_ in entities_of("Gen AI tools are spreading fast.") if type_ == "Person"}


def test_parse_bodies_joined_by_and_keep_their_names():
    assert ("UN Security Council", "Organization") in entities_of(
        "The General Assembly and Security Council both condemned the coup.")


def test_parse_the_democratic_republic_of_congo_owns_its_army():
    labels = {label for label, _ in entities_of("The Democratic Republic of Congo's army said rebels killed 30 people.")}
    assert "Republic of the Congo" not in labels and "Republic of the Congo army" not in labels, labels


def test_parse_a_firm_named_with_a_title_word_is_a_firm():
    assert entities_of("Premier Oil said output rose.") == {("Premier Oil", "Organization")}


def test_parse_two_towns_of_two_states_side_by_side_are_a_person():
    facts = facts_of("Maia Sandu said on Monday that the talks would go on.")
    assert ("Maia Sandu", "Person") in {(e.label, e.type) for e in facts.entities}


def test_parse_two_towns_joined_by_a_bridge_or_a_line_are_towns():
    labels = {(e.label, e.type) for e in facts_of("The Ruse Giurgiu bridge was closed on Monday.").entities}
    assert ("Ruse", "City") in labels and ("Giurgiu", "City") in labels
    labels = {(e.label, e.type) for e in facts_of("Trains between Strasbourg Kehl run every hour.").entities}
    assert ("Strasbourg", "City") in labels and ("Kehl", "City") in labels


def test_parse_they_who_remain_behind_bars_are_the_ones_jailed():
    # "They remain behind bars": a custody goes on for whom the last sentence jailed, not for the court that did
    events = events_of("A court in Istanbul jailed five Kurdish journalists on Monday. They remain behind bars.")
    assert [e["target"] for e in events if e["type"] == "Arrest" and e["status"] == "ongoing"] == [["Kurdish journalists"]]


def test_parse_a_bodys_spokesman_is_not_its_chief():
    events = events_of("UN spokesman Stephane Dujarric said the talks had failed. The UN chief said the situation was "
                       "dangerous.")
    assert [e["agent"] for e in events if e["type"] == "Statement"] == [["Stephane Dujarric"], ["United Nations"]], \
        events


def test_parse_a_news_agency_is_not_the_group():
    events = events_of("Gunmen kidnapped four Americans in Matamoros, the Associated Press reported. The group said it "
                       "had handed over five of its members to the authorities.")
    assert not [e for e in events if e["type"] == "Statement" and e["agent"] == ["Associated Press"]], events


def test_parse_who_condemned_a_move_made_none():
    events = events_of("Canada expelled a Chinese diplomat on Monday. China condemned the move. Russia also criticised "
                       "the move.")
    assert [(e["agent"], e["target"]) for e in events if e["type"] == "Criticism"] == [
        (["China"], ["Canada"]), (["Russia"], ["Canada"])], events


def test_parse_a_towns_name_set_beside_a_word_for_a_person_is_a_persons():
    facts = facts_of("Sandu, a former World Bank economist, said the vote was rigged.")
    assert ("Sandu", "Person") in {(e.label, e.type) for e in facts.entities}, facts.entities


def test_parse_the_chiefs_spokesman_is_not_the_chief():
    events = events_of("UN Secretary-General Antonio Guterres arrived on Friday. The UN chief's spokesman said the "
                       "talks failed. The UN human rights chief said the talks failed.")
    assert not [e for e in events if e["agent"] == ["Antonio Guterres"]], events


def test_parse_protesters_met_by_force_long_after_another_protest_protest_again():
    body = ("Students protested in Dhaka in July over a quota system. The government closed universities. The army was "
            "deployed in the capital. The interior minister resigned. The central bank raised rates. The president "
            "met the army chief. Exams were postponed. Police fired tear gas at protesters in Dhaka on Monday.")
    protests = [e for e in events_of(body) if e["type"] == "Protest"]
    assert len(protests) == 2 and protests[-1]["agent"] == ["protesters"], events_of(body)
