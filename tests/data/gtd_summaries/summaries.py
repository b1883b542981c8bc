"""The summaries of this set and their coding (see build_gold.py for the codes).

attack/target/weapon: "MUST[,MUST]/ALSO[,ALSO]"; groups as the text names them.
"""

from __future__ import annotations


def S(slug: str, date: str, cc: str, city: str | None, attack: str, target: str, weapon: str,
      text: str, groups: list[str] | None = None, claimed: list[str] | None = None,
      **counts: int | list[int]) -> dict:
    return {"slug": slug, "date": date, "cc": cc, "city": city, "attack": attack,
            "target": target, "weapon": weapon, "text": " ".join(text.split()),
            "groups": groups or [], "claimed": claimed or [], **counts}


SUMMARIES = [
    S("wardak-army-checkpoint", "2019-07-14", "AF", None, "AA", "MIL", "FIRE",
      """07/14/2019: Assailants opened fire on an Afghan National Army checkpoint in Sayedabad
      district, Wardak province, Afghanistan. Four soldiers were killed and two soldiers were
      wounded in the attack. The Taliban claimed responsibility for the incident.""",
      ["Taliban"], ["Taliban"], killed=4, wounded=2),
    S("lashkar-gah-police-post", "2018-03-02", "AF", "Lashkar Gah", "AA", "POL", "FIRE",
      """03/02/2018: Assailants armed with rifles attacked a police post in Lashkar Gah city,
      Helmand province, Afghanistan. Two police officers were killed in the attack. No group
      claimed responsibility; however, sources attributed the attack to the Taliban.""",
      ["Taliban"], killed=2),
    S("kabul-bus-government-employees", "2019-09-05", "AF", "Kabul", "BE", "GOV/TRANS", "EXPL",
      """09/05/2019: An explosive device detonated near a bus carrying government employees in
      Kabul city, Kabul province, Afghanistan. At least five people were killed and twelve others
      were wounded in the blast. The Islamic State Khorasan Province (ISKP) claimed responsibility
      for the incident.""",
      ["Islamic State Khorasan Province"], ["Islamic State Khorasan Province"],
      killed=5, wounded=12),
    S("jalalabad-council-member-shot", "2020-01-21", "AF", "Jalalabad", "AS", "GOV", "FIRE",
      """01/21/2020: Assailants shot and killed Abdul Rahim Safi, a member of the Nangarhar
      provincial council, near his home in Jalalabad city, Nangarhar province, Afghanistan. No
      group claimed responsibility for the incident.""", killed=1),
    S("mogadishu-hotel-vbied", "2019-03-23", "SO", "Mogadishu", "BE/AA,HB", "BUS/PRIV",
      "EXPL/FIRE",
      """03/23/2019: A suicide bomber detonated an explosives-laden vehicle at the gate of a hotel
      in Mogadishu city, Banaadir region, Somalia. Following the blast, gunmen stormed the hotel
      and exchanged fire with security forces. At least 15 people, including the assailants, were
      killed and 20 others were injured. Al-Shabaab claimed responsibility for the attack.""",
      ["Al-Shabaab"], ["Al-Shabaab"], killed=15, wounded=20),
    S("baidoa-market-grenade", "2018-06-11", "SO", "Baidoa", "BE", "PRIV/BUS", "EXPL",
      """06/11/2018: Assailants hurled a hand grenade into a crowded market in Baidoa town, Bay
      region, Somalia. Six civilians were injured in the blast. No group claimed responsibility,
      although Al-Shabaab was suspected.""", ["Al-Shabaab"], wounded=6),
    S("afgooye-aid-workers-abducted", "2017-11-08", "SO", "Afgooye", "HK", "NGO", "FIRE",
      """11/08/2017: Gunmen abducted two employees of a local aid organization near Afgooye town,
      Lower Shabelle region, Somalia. The hostages were taken to an unknown location. Al-Shabaab
      was suspected of carrying out the abduction.""", ["Al-Shabaab"]),
    S("askira-village-raid", "2020-02-09", "NG", None, "AA/FI", "PRIV", "FIRE/INC",
      """02/09/2020: Suspected Boko Haram militants raided Kwatandashi village in Askira-Uba local
      government area, Borno state, Nigeria. The assailants shot dead seven villagers and set fire
      to several houses before fleeing. No group claimed responsibility for the incident.""",
      ["Boko Haram"], killed=7),
    S("damasak-base-iswap", "2020-04-03", "NG", "Damasak", "AA", "MIL", "FIRE",
      """04/03/2020: Militants attacked a military base in Damasak town, Mobbar local government
      area, Borno state, Nigeria. Soldiers repelled the assault after a two-hour exchange of
      gunfire. Four soldiers and 11 assailants were killed. The Islamic State West Africa
      Province (ISWAP) claimed responsibility for the attack.""",
      ["Islamic State West Africa Province"], ["Islamic State West Africa Province"], killed=15),
    S("kagara-students-abducted", "2021-02-17", "NG", "Kagara", "HK", "EDU", "UNK",
      """02/17/2021: Assailants abducted 27 students and two teachers from a secondary school in
      Kagara town, Rafi local government area, Niger state, Nigeria. One student was killed during
      the abduction. Sources attributed the attack to Fulani extremists.""",
      ["Fulani extremists"], killed=1),
    S("bassa-village-fulani", "2019-10-15", "NG", None, "AA/FI", "PRIV", "FIRE,MEL/INC",
      """10/15/2019: Suspected Fulani extremists armed with guns and machetes attacked Hwak
      village, Bassa local government area, Plateau state, Nigeria. Eleven villagers were killed
      and several houses were burned. No group claimed responsibility for the incident.""",
      ["Fulani extremists"], killed=11),
    S("sukma-crpf-ied", "2017-03-11", "IN", None, "BE", "POL", "EXPL",
      """03/11/2017: Suspected Maoists detonated an improvised explosive device (IED) targeting a
      Central Reserve Police Force (CRPF) patrol near Kistaram village, Sukma district,
      Chhattisgarh state, India. Nine CRPF personnel were killed and two were injured. No group
      claimed responsibility for the incident.""", ["Maoists"], killed=9, wounded=2),
    S("chakradharpur-rail-track", "2018-08-19", "IN", None, "BE/FI", "TRANS", "EXPL",
      """08/19/2018: Assailants blew up a section of railway track near Chakradharpur town, West
      Singhbhum district, Jharkhand state, India. There were no reported casualties. Posters left
      at the site indicated that the Communist Party of India - Maoist (CPI-Maoist) was
      responsible.""", ["Communist Party of India - Maoist (CPI-Maoist)"], killed=0, wounded=0),
    S("srinagar-grenade-police", "2019-05-26", "IN", "Srinagar", "BE", "POL/PRIV", "EXPL",
      """05/26/2019: Militants threw a grenade at a police vehicle in Srinagar city, Jammu and
      Kashmir, India. Three police officers and two civilians were wounded in the blast. No group
      claimed responsibility for the incident.""", wounded=5),
    S("dikhan-police-motorcycle", "2019-07-21", "PK", "Dera Ismail Khan", "AA", "POL", "FIRE",
      """07/21/2019: Gunmen on a motorcycle opened fire on a police mobile in Dera Ismail Khan
      city, Khyber Pakhtunkhwa province, Pakistan. Two police officers were killed. Tehrik-i-Taliban
      Pakistan (TTP) claimed responsibility for the attack.""",
      ["Tehrik-i-Taliban Pakistan (TTP)"], ["Tehrik-i-Taliban Pakistan (TTP)"], killed=2),
    S("peshawar-ngo-vehicle", "2018-12-04", "PK", "Peshawar", "AA", "NGO", "FIRE",
      """12/04/2018: Assailants armed with firearms attacked a vehicle carrying staff of a
      non-governmental organization (NGO) in Peshawar city, Khyber Pakhtunkhwa province,
      Pakistan. Two aid workers were killed and the driver was wounded. No group claimed
      responsibility for the incident.""", killed=2, wounded=1),
    S("peshawar-mosque-suicide", "2022-03-04", "PK", "Peshawar", "BE", "REL", "EXPL",
      """03/04/2022: A suicide bomber detonated an explosives-laden vest inside a Shia mosque
      during Friday prayers in Peshawar city, Khyber Pakhtunkhwa province, Pakistan. At least 57
      people, including the bomber, were killed and 190 others were injured. The Islamic State
      Khorasan Province claimed responsibility for the attack.""",
      ["Islamic State Khorasan Province"], ["Islamic State Khorasan Province"],
      killed=57, wounded=190),
    S("dera-bugti-gas-pipeline", "2016-09-12", "PK", "Dera Bugti", "BE/FI", "UTIL", "EXPL",
      """09/12/2016: Assailants blew up a gas pipeline in Dera Bugti district, Balochistan
      province, Pakistan. The explosion disrupted gas supply to several towns; there were no
      reported casualties. The Baloch Republican Army (BRA) claimed responsibility for the
      incident.""", ["Baloch Republican Army"], ["Baloch Republican Army"], killed=0, wounded=0),
    S("karachi-journalist-shot", "2020-05-19", "PK", "Karachi", "AS", "JOUR", "FIRE",
      """05/19/2020: Unidentified gunmen shot dead journalist Nadeem Akhtar Soomro, a reporter for
      a Sindhi-language television channel, outside his home in Karachi city, Sindh province,
      Pakistan. No group claimed responsibility for the incident.""", killed=1),
    S("mudiyah-checkpoint-aqap", "2019-08-30", "YE", None, "AA", "MIL", "FIRE",
      """08/30/2019: Suspected Al-Qaida in the Arabian Peninsula (AQAP) militants opened fire on a
      military checkpoint in Mudiyah district, Abyan governorate, Yemen. Five soldiers were
      killed. No group claimed responsibility for the incident.""",
      ["Al-Qaida in the Arabian Peninsula (AQAP)"], killed=5),
    S("marib-missile-houses", "2021-06-10", "YE", "Marib", "BE", "PRIV", "EXPL",
      """06/10/2021: Houthi extremists fired a ballistic missile at Marib city, Marib governorate,
      Yemen. The missile struck a residential neighborhood, killing three civilians and wounding
      seven others.""", ["Houthi extremists (Ansar Allah)"], killed=3, wounded=7),
    S("abha-airport-drone", "2021-02-10", "SA", "Abha", "BE", "AIR", "EXPL",
      """02/10/2021: Houthi extremists (Ansar Allah) attacked Abha International Airport in Abha
      city, Asir province, Saudi Arabia, with an explosives-laden drone. Eight passengers were
      wounded and a civilian aircraft was damaged. Ansar Allah claimed responsibility for the
      attack.""", ["Houthi extremists (Ansar Allah)"], ["Houthi extremists (Ansar Allah)"],
      wounded=8),
    S("baqubah-livestock-market", "2018-10-04", "IQ", "Baqubah", "BE", "PRIV/BUS", "EXPL",
      """10/04/2018: Assailants detonated an explosive device at a livestock market in Baqubah
      city, Diyala governorate, Iraq. Four civilians were killed and nine others were wounded.
      The Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident.""",
      ["Islamic State of Iraq and the Levant (ISIL)"],
      ["Islamic State of Iraq and the Levant (ISIL)"], killed=4, wounded=9),
    S("tuz-khurmatu-shepherds", "2019-11-27", "IQ", None, "HK", "PRIV", "UNK",
      """11/27/2019: Suspected Islamic State of Iraq and the Levant (ISIL) militants abducted five
      shepherds near Tuz Khurmatu town, Salah ad Din governorate, Iraq. The fate of the hostages
      is unknown.""", ["Islamic State of Iraq and the Levant (ISIL)"]),
    S("idlib-hts-checkpoint", "2020-06-08", "SY", "Idlib", "BE", "TERR/PRIV", "EXPL",
      """06/08/2020: An explosives-laden motorcycle detonated near a checkpoint manned by Hayat
      Tahrir al-Sham (HTS) fighters in Idlib city, Idlib governorate, Syria. Two HTS members and
      one civilian were killed. No group claimed responsibility for the incident.""", killed=3),
    S("las-navas-npa-ambush", "2019-04-13", "PH", None, "AA/BE", "MIL", "FIRE,EXPL",
      """04/13/2019: Suspected New People's Army (NPA) rebels ambushed a military patrol with rifles
      and an improvised explosive device in Las Navas municipality, Northern Samar province,
      Philippines. Two soldiers were killed and three others were wounded.""",
      ["New People's Army (NPA)"], killed=2, wounded=3),
    S("lianga-npa-equipment-arson", "2018-02-19", "PH", None, "FI", "BUS", "INC",
      """02/19/2018: Around 20 New People's Army (NPA) rebels set fire to heavy equipment at a road
      construction site in Lianga municipality, Surigao del Sur province, Philippines. No one was
      hurt. The NPA claimed responsibility, citing the company's refusal to pay extortion
      demands.""", ["New People's Army (NPA)"], ["New People's Army (NPA)"],
      killed=0, wounded=0),
    S("semporna-tourists-abducted", "2016-05-14", "MY", "Semporna", "HK", "TOUR", "FIRE",
      """05/14/2016: Gunmen believed to belong to the Abu Sayyaf Group (ASG) abducted two Malaysian
      tourists from a beach resort in Semporna, Sabah state, Malaysia, and took them by boat
      towards Sulu province, Philippines.""", ["Abu Sayyaf Group (ASG)"]),
    S("saravena-oil-pipeline-eln", "2021-01-22", "CO", "Saravena", "BE/FI", "UTIL", "EXPL",
      """01/22/2021: Assailants detonated explosives along the Cano Limon-Covenas oil pipeline in
      Saravena municipality, Arauca department, Colombia. The blast caused an oil spill but no
      casualties. Authorities attributed the attack to the National Liberation Army of Colombia
      (ELN).""", ["National Liberation Army of Colombia (ELN)"], killed=0, wounded=0),
    S("suarez-police-station-farc", "2019-11-02", "CO", "Suarez", "AA/BE", "POL", "FIRE,EXPL",
      """11/02/2019: Revolutionary Armed Forces of Colombia (FARC) dissidents attacked a police
      station with rifles and homemade explosives in Suarez municipality, Cauca department,
      Colombia. One police officer was killed and two others were injured.""",
      ["Revolutionary Armed Forces of Colombia (FARC) dissidents"], killed=1, wounded=2),
    S("tierralta-community-leader", "2019-07-05", "CO", "Tierralta", "AS", "PRIV/GOV", "FIRE",
      """07/05/2019: Gunmen shot and killed Yolanda Perez Ruiz, a prominent community leader, in
      front of her home in Tierralta municipality, Cordoba department, Colombia. No group claimed
      responsibility for the incident.""", killed=1),
    S("boulkessi-camp-jnim", "2019-09-30", "ML", "Boulkessi", "AA/BE", "MIL", "FIRE,EXPL",
      """09/30/2019: Jamaat Nusrat al-Islam wal Muslimin (JNIM) militants attacked a military camp
      with gunfire and mortars in Boulkessi town, Mopti region, Mali. Twelve soldiers were killed.
      JNIM claimed responsibility for the attack.""",
      ["Jamaat Nusrat al-Islam wal Muslimin (JNIM)"],
      ["Jamaat Nusrat al-Islam wal Muslimin (JNIM)"], killed=12),
    S("dablo-church-service", "2019-05-12", "BF", "Dablo", "AA", "REL", "FIRE",
      """05/12/2019: Gunmen stormed a church during Sunday service in Dablo town, Sanmatenga
      province, Burkina Faso, and opened fire on worshippers. The priest and five worshippers were
      killed. No group claimed responsibility for the incident.""", killed=6),
    S("tillia-market-isgs", "2021-03-21", "NE", "Tillia", "AA", "PRIV/BUS", "FIRE",
      """03/21/2021: Assailants riding motorcycles raided a weekly market in Tillia town, Tahoua
      region, Niger, shooting at traders and customers. Eighteen civilians were killed. The
      Islamic State in the Greater Sahara (ISGS) was suspected.""",
      ["Islamic State in the Greater Sahara (ISGS)"], killed=18),
    S("mandera-police-landmine", "2020-01-13", "KE", "Mandera", "BE", "POL", "EXPL",
      """01/13/2020: A landmine exploded under a police vehicle near Mandera town, Mandera county,
      Kenya. Four police officers were killed. Al-Shabaab claimed responsibility for the
      attack.""", ["Al-Shabaab"], ["Al-Shabaab"], killed=4),
    S("lamu-passenger-bus", "2020-01-02", "KE", None, "AA", "TRANS/PRIV", "FIRE",
      """01/02/2020: Al-Shabaab militants opened fire on a passenger bus travelling on the
      Lamu-Mombasa highway near Nyongoro, Lamu county, Kenya. Three passengers were killed. No
      group claimed responsibility for the incident.""", ["Al-Shabaab"], killed=3),
    S("ancuabe-beheadings", "2020-11-01", "MZ", None, "AA/FI", "PRIV", "MEL/INC",
      """11/01/2020: Suspected Islamic State Central Africa Province (ISCAP) militants beheaded
      four villagers and burned homes in Ancuabe district, Cabo Delgado province, Mozambique.
      No group claimed responsibility for the incident.""",
      ["Islamic State Central Africa Province (ISCAP)"], killed=4),
    S("beni-machetes-adf", "2020-02-18", "CD", "Beni", "AA", "PRIV", "MEL",
      """02/18/2020: Allied Democratic Forces (ADF) militants attacked residents with machetes in
      Beni territory, North Kivu province, Democratic Republic of the Congo. At least nine
      civilians were killed.""", ["Allied Democratic Forces (ADF)"], killed=9),
    S("kumba-school-arson", "2018-11-05", "CM", "Kumba", "FI", "EDU", "INC",
      """11/05/2018: Assailants set fire to a secondary school in Kumba town, Meme department,
      Southwest region, Cameroon. There were no reported casualties. Sources attributed the attack
      to Ambazonian separatists.""", ["Ambazonian separatists"], killed=0, wounded=0),
    S("semdinli-military-vehicle-pkk", "2016-08-20", "TR", None, "BE", "MIL", "EXPL",
      """08/20/2016: Kurdistan Workers' Party (PKK) militants detonated a remote-controlled
      explosive device targeting a military vehicle in Semdinli district, Hakkari province,
      Turkey. Two soldiers were killed and four were wounded.""",
      ["Kurdistan Workers' Party (PKK)"], killed=2, wounded=4),
    S("sderot-rockets-hamas", "2018-11-12", "IL", "Sderot", "BE", "PRIV", "EXPL",
      """11/12/2018: Assailants fired rockets from the Gaza Strip toward Sderot city, Southern
      district, Israel. One rocket struck a house, wounding two civilians. Hamas claimed
      responsibility for the attack.""", ["Hamas"], ["Hamas"], wounded=2),
    S("gush-etzion-ramming", "2018-08-16", "PS", None, "UA/AA", "MIL", "VEH",
      """08/16/2018: An assailant rammed his car into a group of soldiers at a bus stop near the
      Gush Etzion junction, West Bank. Three soldiers were injured. No group claimed
      responsibility for the incident.""", wounded=3),
    S("jerusalem-stabbing-officer", "2019-08-30", "IL", "Jerusalem", "AA", "POL", "MEL",
      """08/30/2019: An assailant stabbed a police officer near Damascus Gate in Jerusalem, Israel,
      before other officers shot him dead. The officer was moderately wounded.""",
      killed=1, wounded=1),
    S("tampere-van-pedestrians", "2019-06-01", "FI", "Tampere", "UA/AA", "PRIV", "VEH",
      """06/01/2019: An assailant drove a van into pedestrians on a busy shopping street in Tampere
      city, Pirkanmaa region, Finland. Two people were killed and eight others were injured. The
      assailant was arrested at the scene.""", killed=2, wounded=8),
    S("kandahar-teacher-acid", "2015-11-09", "AF", "Kandahar", "UA", "EDU", "CHEM",
      """11/09/2015: An assailant threw acid on a female teacher outside a girls' school in
      Kandahar city, Kandahar province, Afghanistan. The teacher was severely injured. No group
      claimed responsibility for the incident.""", wounded=1),
    S("kenema-election-official-beaten", "2018-03-07", "SL", "Kenema", "UA", "GOV", "MEL",
      """03/07/2018: Assailants beat an election official with sticks and rods outside a polling
      station in Kenema city, Eastern province, Sierra Leone. The official was hospitalized with
      head injuries. Supporters of a rival party were suspected.""", wounded=1),
    S("khanabad-reservoir-poisoned", "2016-05-30", "AF", "Khanabad", "UA", "FOOD", "CHEM",
      """05/30/2016: Assailants poured poison into a water reservoir serving Khanabad town, Kunduz
      province, Afghanistan. Dozens of residents fell ill after drinking the water. No group
      claimed responsibility for the incident."""),
    S("khuzdar-bus-hijacked", "2017-10-16", "PK", "Khuzdar", "HJ", "TRANS", "FIRE",
      """10/16/2017: Assailants armed with pistols hijacked a passenger bus travelling from Quetta
      to Karachi near Khuzdar town, Balochistan province, Pakistan, and forced the driver onto a
      remote track. The passengers were released unharmed hours later.""", killed=0, wounded=0),
    S("cebu-flight-fake-bomb", "2018-04-27", "PH", "Cebu City", "HJ", "AIR", "FAKE",
      """04/27/2018: A passenger who claimed to be carrying a bomb hijacked a domestic flight
      shortly after it took off from Cebu City, Central Visayas, Philippines, and demanded to
      speak to the president. The device turned out to be a fake bomb, and police overpowered the
      hijacker after landing. No one was hurt.""", killed=0, wounded=0),
    S("bonny-tanker-crew", "2019-12-03", "NG", None, "HK", "MAR", "FIRE",
      """12/03/2019: Pirates armed with rifles boarded an oil tanker anchored off Bonny Island,
      Rivers state, Nigeria, and abducted eight crew members.
      No group claimed responsibility for the incident."""),
    S("hodeidah-cargo-ship", "2022-01-03", "YE", None, "BE", "MAR", "EXPL",
      """01/03/2022: Houthi extremists attacked a commercial cargo ship off the coast of Hodeidah
      governorate, Yemen, with an explosives-laden boat. The vessel was damaged, but no injuries
      were reported.""", ["Houthi extremists (Ansar Allah)"], killed=0, wounded=0),
    S("moqor-telecom-tower", "2017-06-25", "AF", None, "BE/FI", "TEL", "EXPL",
      """06/25/2017: Assailants destroyed a telecommunications tower with explosives in Moqor
      district, Ghazni province, Afghanistan. There were no reported casualties. The Taliban were
      suspected.""", ["Taliban"], killed=0, wounded=0),
    S("birmingham-5g-mast", "2020-04-04", "GB", "Birmingham", "FI", "TEL", "INC",
      """04/04/2020: Unknown assailants set fire to a 5G mobile phone mast in Birmingham city,
      West Midlands, England, United Kingdom. No one was injured.""", killed=0, wounded=0),
    S("kirkuk-pylon-toppled", "2020-09-14", "IQ", "Kirkuk", "FI", "UTIL", "SAB",
      """09/14/2020: Assailants used cutting tools to topple an electricity pylon near Kirkuk
      city, Kirkuk governorate, Iraq, cutting power to several villages. There were no reported
      casualties. No group claimed responsibility for the incident.""", killed=0, wounded=0),
    S("baghdad-embassy-rockets", "2020-01-26", "IQ", "Baghdad", "BE", "DIP", "EXPL",
      """01/26/2020: Assailants fired two rockets at the United States Embassy compound in Baghdad
      city, Baghdad governorate, Iraq. There were no reported casualties. No group claimed
      responsibility for the incident.""", killed=0, wounded=0),
    S("thessaloniki-consulate-molotov", "2018-03-29", "GR", "Thessaloniki", "FI", "DIP", "INC",
      """03/29/2018: Assailants hurled Molotov cocktails at the entrance of the Turkish consulate
      in Thessaloniki city, Central Macedonia, Greece, causing minor damage. No one was
      hurt.""", killed=0, wounded=0),
    S("kabul-education-centre-suicide", "2018-08-15", "AF", "Kabul", "BE", "EDU", "EXPL",
      """08/15/2018: A suicide bomber detonated explosives at the gate of a private education
      centre in Kabul city, Kabul province, Afghanistan, as students arrived for classes. At least
      24 people, mostly students, were killed and 57 others were wounded. The Islamic State
      Khorasan Province claimed responsibility for the attack.""",
      ["Islamic State Khorasan Province"], ["Islamic State Khorasan Province"],
      killed=[24, 25], wounded=57),
    S("salvatierra-editor-shot", "2019-06-22", "MX", "Salvatierra", "AS", "JOUR", "FIRE",
      """06/22/2019: Gunmen shot dead Javier Ortega Luna, the editor of a local news website,
      outside his home in Salvatierra city, Guanajuato state, Mexico. No group claimed
      responsibility for the incident.""", killed=1),
    S("bangassou-radio-arson", "2017-05-14", "CF", "Bangassou", "FI", "JOUR", "INC",
      """05/14/2017: Assailants set fire to the offices of a community radio station in Bangassou
      town, Mbomou prefecture, Central African Republic. There were no reported casualties.""",
      killed=0, wounded=0),
    S("karachi-cleric-shot", "2018-02-09", "PK", "Karachi", "AS", "REL/EDU", "FIRE",
      """02/09/2018: Assailants shot and killed Maulana Abdul Qadir, a prominent cleric and head of
      a seminary, as he left a mosque in Karachi city, Sindh province, Pakistan. No group claimed
      responsibility for the incident.""", killed=1),
    S("ercilla-church-arson", "2016-06-09", "CL", "Ercilla", "FI", "REL", "INC",
      """06/09/2016: Assailants set fire to an evangelical church in Ercilla commune, Malleco
      province, Araucania region, Chile. Pamphlets referring to the Mapuche cause were found at
      the scene. There were no reported casualties.""", killed=0, wounded=0),
    S("konduga-cjtf-vigilantes", "2019-01-21", "NG", "Konduga", "AA", "TERR", "FIRE",
      """01/21/2019: Boko Haram militants opened fire on members of the Civilian Joint Task Force
      (CJTF), a local vigilante militia, in Konduga town, Konduga local government area, Borno
      state, Nigeria. Five vigilantes were killed.""", ["Boko Haram"], killed=5),
    S("erbil-airport-rockets", "2021-02-15", "IQ", "Erbil", "BE", "AIR", "EXPL",
      """02/15/2021: Assailants fired rockets at Erbil International Airport in Erbil city, Erbil
      governorate, Iraq. One rocket landed near a hangar; there were no reported casualties. No
      group claimed responsibility for the incident.""", killed=0, wounded=0),
    S("hurghada-tourists-knife", "2017-07-14", "EG", "Hurghada", "AA", "TOUR", "MEL",
      """07/14/2017: An assailant armed with a knife attacked foreign tourists at a beach in
      Hurghada city, Red Sea governorate, Egypt. Two tourists were killed and four others were
      wounded. No group claimed responsibility for the incident.""", killed=2, wounded=4),
    S("kaya-grain-store-arson", "2020-10-06", "BF", "Kaya", "FI", "FOOD", "INC",
      """10/06/2020: Assailants set fire to a communal grain store in Kaya town, Sanmatenga
      province, Burkina Faso, destroying the harvest of several families. There were no reported
      casualties.""", killed=0, wounded=0),
    S("hounde-mine-workers", "2019-11-06", "BF", None, "AA", "BUS", "FIRE",
      """11/06/2019: Assailants armed with assault rifles attacked a convoy carrying employees of a
      gold mining company near Boungou, Est region, Burkina Faso. At least 37 employees were
      killed and 60 others were wounded. No group claimed responsibility for the incident.""",
      killed=37, wounded=60),
    S("sungai-kolok-store-bomb", "2018-01-22", "TH", "Sungai Kolok", "BE", "BUS/PRIV", "EXPL",
      """01/22/2018: A motorcycle bomb exploded outside a convenience store in Sungai Kolok
      district, Narathiwat province, Thailand. Two customers were killed and five others were
      injured. No group claimed responsibility for the incident.""", killed=2, wounded=5),
    S("mogadishu-administration-car-bomb", "2019-07-24", "SO", "Mogadishu", "BE", "GOV",
      "EXPL",
      """07/24/2019: A suicide bomber detonated explosives inside the offices of the Banaadir
      regional administration in Mogadishu city, Banaadir region, Somalia, during a meeting of
      officials. Six people, including the bomber, were killed. Al-Shabaab claimed responsibility
      for the attack.""", ["Al-Shabaab"], ["Al-Shabaab"], killed=6),
    S("gao-guesthouse-siege", "2018-04-14", "ML", "Gao", "HB/AA", "GOV", "FIRE",
      """04/14/2018: Three assailants armed with rifles seized a government guesthouse in Gao
      city, Gao region, Mali, and held about a dozen staff members hostage for several hours
      before security forces stormed the building. Two hostages and all three assailants were
      killed. Jamaat Nusrat al-Islam wal Muslimin (JNIM) claimed responsibility for the
      incident.""", ["Jamaat Nusrat al-Islam wal Muslimin (JNIM)"],
      ["Jamaat Nusrat al-Islam wal Muslimin (JNIM)"], killed=5),
    S("podgorica-school-hostages", "2018-10-11", "ME", "Podgorica", "HB", "EDU", "FIRE",
      """10/11/2018: An assailant armed with a pistol took a teacher and several pupils hostage
      inside a primary school in Podgorica city, Montenegro, demanding to speak with his former
      wife. The hostages were freed unharmed after he surrendered to police six hours later.""",
      killed=0, wounded=0),
    S("katari-engineer-abducted", "2019-03-18", "NG", None, "HK", "BUS/POL", "FIRE",
      """03/18/2019: Gunmen abducted a Chinese engineer employed by a road construction company
      on the Kaduna-Abuja highway near Katari, Kaduna state, Nigeria. A police officer escorting
      the engineer was killed during the abduction. No group claimed responsibility for the
      incident.""", killed=1),
    S("khogyani-deputy-governor-abducted", "2017-04-02", "AF", None, "HK", "GOV/POL", "UNK",
      """04/02/2017: Taliban militants abducted the deputy district governor of Khogyani district
      and two of his bodyguards on the Jalalabad-Kabul highway, Nangarhar province, Afghanistan.
      The Taliban did not claim responsibility for the incident.""", ["Taliban"]),
    S("kabul-sticky-bomb-deputy-governor", "2020-12-15", "AF", "Kabul", "AS/BE", "GOV", "EXPL",
      """12/15/2020: A magnetic explosive device attached to the vehicle of Mahbubullah Mohebbi,
      the deputy governor of Kabul province, exploded in Kabul city, Kabul province, Afghanistan,
      killing him and his secretary. No group claimed responsibility for the incident.""",
      killed=2),
    S("shahjoy-checkpoint-unknown", "2019-02-11", "AF", None, "/UK,AA", "MIL", "UNK",
      """02/11/2019: Assailants attacked a checkpoint in Shahjoy district, Zabul province,
      Afghanistan. Three soldiers were killed. No group claimed responsibility for the
      incident.""", killed=3),
    S("chaman-police-car-ramming", "2018-09-02", "PK", "Chaman", "UA/AA", "POL", "VEH",
      """09/02/2018: An assailant drove his car into two police officers at a checkpoint in Chaman
      town, Balochistan province, Pakistan. Both officers were injured and the driver was
      arrested. No group claimed responsibility for the incident.""", wounded=2),
    S("spin-boldak-police-chief", "2018-10-18", "AF", "Spin Boldak", "AS", "POL", "FIRE",
      """10/18/2018: Assailants shot and killed the police chief of Spin Boldak district, Kandahar
      province, Afghanistan, as he left a meeting. The Taliban claimed responsibility for the
      assassination.""", ["Taliban"], ["Taliban"], killed=1),
    S("kurmin-masara-houses-burned", "2020-04-15", "NG", None, "FI", "PRIV", "INC",
      """04/15/2020: Assailants armed with petrol bombs set fire to houses in Kurmin Masara village,
      Zangon Kataf local government area, Kaduna state, Nigeria. There were no reported
      casualties.""", killed=0, wounded=0),
    S("kidal-icrc-vehicle", "2019-01-08", "ML", "Kidal", "AA", "NGO", "FIRE",
      """01/08/2019: Gunmen opened fire on a vehicle of the International Committee of the Red
      Cross (ICRC) near Kidal city, Kidal region, Mali. The driver was killed. No group claimed
      responsibility for the incident.""", killed=1),
    S("regensburg-train-knife", "2016-07-18", "DE", "Regensburg", "AA", "TRANS/PRIV", "MEL",
      """07/18/2016: An assailant armed with a knife attacked passengers on a regional train near
      Regensburg city, Bavaria, Germany, wounding four people before police detained him. The
      motive for the attack is unknown.""", wounded=4),
    S("gardez-police-hq-vbied", "2019-05-04", "AF", "Gardez", "BE", "POL", "EXPL",
      """05/04/2019: A suicide bomber drove an explosives-laden vehicle into the gate of the
      provincial police headquarters in Gardez city, Paktia province, Afghanistan. Five police
      officers and the bomber were killed, and 40 others were wounded. The Taliban claimed
      responsibility for the attack.""", ["Taliban"], ["Taliban"], killed=6, wounded=40),
    S("garissa-nightclub-grenade", "2015-04-30", "KE", "Garissa", "BE", "BUS/PRIV", "EXPL",
      """04/30/2015: Assailants threw a grenade into a crowded nightclub in Garissa town, Garissa
      county, Kenya. Twelve patrons were wounded. Al-Shabaab was suspected.""",
      ["Al-Shabaab"], wounded=12),
    S("kismayo-base-mortars", "2017-09-09", "SO", "Kismayo", "BE", "MIL", "EXPL",
      """09/09/2017: Assailants fired several mortar shells at a military base in Kismayo city,
      Lower Juba region, Somalia. One soldier was wounded. Sources attributed the attack to
      Al-Shabaab.""", ["Al-Shabaab"], wounded=1),
    S("bijapur-village-head-hacked", "2018-05-28", "IN", None, "/AS,AA", "GOV", "MEL",
      """05/28/2018: Maoists hacked to death a former village head, accusing him of being a police
      informer, in Gangaloor area, Bijapur district, Chhattisgarh state, India. The Communist
      Party of India - Maoist (CPI-Maoist) claimed responsibility in a note left at the
      scene.""", ["Communist Party of India - Maoist (CPI-Maoist)"],
      ["Communist Party of India - Maoist (CPI-Maoist)"], killed=1),
    S("mir-ali-army-post-ttp", "2021-03-20", "PK", "Mir Ali", "/AA,UK", "MIL", "/FIRE,UNK",
      """03/20/2021: Militants attacked an army post with heavy weapons in Mir Ali area, North
      Waziristan district, Khyber Pakhtunkhwa province, Pakistan. Two soldiers were killed.
      Tehrik-i-Taliban Pakistan (TTP) claimed responsibility for the attack.""",
      ["Tehrik-i-Taliban Pakistan (TTP)"], ["Tehrik-i-Taliban Pakistan (TTP)"], killed=2),
    S("lice-teachers-pkk", "2017-06-10", "TR", None, "HK", "EDU", "UNK",
      """06/10/2017: Kurdistan Workers' Party (PKK) militants abducted two teachers in Lice
      district, Diyarbakir province, Turkey. No group claimed responsibility for the incident.""",
      ["Kurdistan Workers' Party (PKK)"]),
    S("arauca-soldiers-eln", "2018-03-15", "CO", None, "HK", "MIL", "UNK",
      """03/15/2018: National Liberation Army of Colombia (ELN) rebels abducted two soldiers who
      were on leave in Tame municipality, Arauca department, Colombia. The ELN claimed
      responsibility and released the soldiers a month later.""",
      ["National Liberation Army of Colombia (ELN)"],
      ["National Liberation Army of Colombia (ELN)"]),
    S("dhaka-bus-petrol-bombs", "2015-02-03", "BD", "Dhaka", "FI/AA", "TRANS", "INC",
      """02/03/2015: Assailants hurled petrol bombs at a passenger bus in Dhaka city, Dhaka
      division, Bangladesh. Eight passengers were wounded. No group claimed responsibility for the
      incident.""", wounded=8),
    S("hit-field-device", "2017-08-06", "IQ", None, "BE", "UNK", "EXPL",
      """08/06/2017: An explosive device detonated in an open area near Hit city, Anbar
      governorate, Iraq. The intended target of the attack was unclear and there were no reported
      casualties. No group claimed responsibility for the incident.""", killed=0, wounded=0),
    S("beirut-hezbollah-office", "2019-08-25", "LB", "Beirut", "BE", "VPP", "EXPL",
      """08/25/2019: An explosive-laden drone crashed into the media office of Hezbollah in the
      southern suburbs of Beirut city, Beirut governorate, Lebanon, causing damage. No one was
      hurt. No group claimed responsibility for the incident.""", killed=0, wounded=0),
    # Written after the rules above were tuned and first scored untuned (see README).
    S("ghazni-police-convoy", "2018-05-03", "AF", "Ghazni", "AA", "POL", "FIRE",
      """05/03/2018: Assailants ambushed a police convoy with machine guns near Ghazni city, Ghazni
      province, Afghanistan. Six police officers were killed and four were wounded. The Taliban
      claimed responsibility for the incident.""", ["Taliban"], ["Taliban"], killed=6, wounded=4),
    S("herat-mosque-ied", "2020-06-12", "AF", "Herat", "BE", "REL", "EXPL",
      """06/12/2020: An improvised explosive device planted inside a mosque detonated during
      Friday prayers in Herat city, Herat province, Afghanistan. The imam and three worshippers
      were killed. No group claimed responsibility for the incident.""", killed=4),
    S("bannu-school-burned", "2019-02-20", "PK", "Bannu", "FI", "EDU", "INC",
      """02/20/2019: Unknown assailants set a girls' school on fire in Bannu district, Khyber
      Pakhtunkhwa province, Pakistan. The building was badly damaged; there were no reported
      casualties. No group claimed responsibility.""", killed=0, wounded=0),
    S("kunar-doctor-abducted", "2017-09-14", "AF", None, "HK", "NGO/PRIV", "UNK",
      """09/14/2017: Assailants kidnapped a doctor working for an international medical charity in
      Asadabad city, Kunar province, Afghanistan. His whereabouts remain unknown. No group claimed
      responsibility for the incident."""),
    S("maiduguri-suicide-mosque", "2017-06-07", "NG", "Maiduguri", "BE", "REL", "EXPL",
      """06/07/2017: Two female suicide bombers detonated their explosives at a mosque in Maiduguri
      city, Borno state, Nigeria. Four worshippers and both bombers were killed, and 11 others
      were injured. Boko Haram was suspected.""", ["Boko Haram"], killed=6, wounded=11),
    S("gwoza-farmers-killed", "2020-11-28", "NG", None, "AA", "PRIV", "FIRE",
      """11/28/2020: Gunmen opened fire on farmers working in rice fields near Zabarmari village,
      Jere local government area, Borno state, Nigeria. At least 40 farmers were killed. Islamic
      State West Africa Province (ISWAP) militants were suspected.""",
      ["Islamic State West Africa Province"], killed=40),
    S("mogadishu-mayor-bomb", "2019-07-24", "SO", "Mogadishu", "AS/BE", "GOV", "EXPL",
      """07/24/2019: A suicide bomber targeting the mayor of Mogadishu detonated an explosive vest
      inside his office in Mogadishu city, Banaadir region, Somalia. The mayor later died of his
      injuries, and several officials were also killed. Al-Shabaab claimed responsibility for the
      attack.""", ["Al-Shabaab"], ["Al-Shabaab"]),
    S("beledweyne-tanker-truck", "2021-05-10", "SO", "Beledweyne", "HJ", "BUS/TRANS", "FIRE",
      """05/10/2021: Gunmen hijacked a fuel tanker truck belonging to a private company near
      Beledweyne town, Hiraan region, Somalia, and drove it away. The driver was released. No group
      claimed responsibility for the incident."""),
    S("cauca-indigenous-guard", "2019-10-29", "CO", None, "AA", "PRIV", "FIRE",
      """10/29/2019: FARC dissidents opened fire on a vehicle carrying members of an indigenous
      community guard in Tacueyo, Toribio municipality, Cauca department, Colombia. Five people
      were killed and six others were wounded.""",
      ["Revolutionary Armed Forces of Colombia (FARC) dissidents"], killed=5, wounded=6),
    S("arauca-army-base-car-bomb", "2021-07-14", "CO", None, "BE", "MIL", "EXPL",
      """07/14/2021: A car bomb exploded inside a military base in Saravena municipality, Arauca
      department, Colombia. Thirty-six soldiers were injured. Authorities attributed the attack to
      the National Liberation Army (ELN).""", ["National Liberation Army (ELN)"], wounded=36),
    S("sulu-soldiers-ied", "2020-08-24", "PH", None, "BE", "MIL/PRIV", "EXPL",
      """08/24/2020: An explosive device attached to a motorcycle detonated near a military truck
      in Jolo municipality, Sulu province, Philippines. Seven soldiers and six civilians were
      killed. The Abu Sayyaf Group (ASG) was suspected.""", ["Abu Sayyaf Group (ASG)"], killed=13),
    S("samar-npa-tower", "2018-12-02", "PH", None, "FI", "TEL", "INC",
      """12/02/2018: Suspected New People's Army (NPA) rebels burned a cell tower of a telecom
      company in Catubig municipality, Northern Samar province, Philippines. No one was hurt.""",
      ["New People's Army (NPA)"], killed=0, wounded=0),
    S("dantewada-mla-convoy", "2019-04-09", "IN", None, "AS/BE", "GOV", "EXPL",
      """04/09/2019: Maoists detonated an improvised explosive device under the convoy of
      legislator Bhima Mandavi near Shyamagiri village, Dantewada district, Chhattisgarh state,
      India. The legislator and four security personnel were killed. The Communist Party of
      India - Maoist (CPI-Maoist) claimed responsibility.""",
      ["Communist Party of India - Maoist (CPI-Maoist)"],
      ["Communist Party of India - Maoist (CPI-Maoist)"], killed=5),
    S("mardan-lawyer-shot", "2018-01-15", "PK", "Mardan", "AS", "PRIV/GOV", "FIRE",
      """01/15/2018: Two gunmen on a motorbike shot dead Farooq Shah, a senior lawyer, outside the
      district court in Mardan city, Khyber Pakhtunkhwa province, Pakistan. No group claimed
      responsibility for the incident.""", killed=1),
    S("sanaa-journalists-abducted", "2015-06-09", "YE", "Sanaa", "HK", "JOUR", "UNK",
      """06/09/2015: Houthi extremists abducted nine journalists from a hotel in Sanaa city, Amanat
      al-Asimah governorate, Yemen. The journalists were taken to an undisclosed location.""",
      ["Houthi extremists (Ansar Allah)"]),
    S("aden-port-boat", "2018-11-20", "YE", "Aden", "BE", "MAR", "EXPL",
      """11/20/2018: An explosives-laden boat struck a fuel tanker docked at the port in Aden city,
      Aden governorate, Yemen. The tanker was damaged and two crew members were wounded. No group
      claimed responsibility for the incident.""", wounded=2),
    S("diyarbakir-police-bus", "2016-09-18", "TR", "Diyarbakir", "BE", "POL", "EXPL",
      """09/18/2016: A roadside bomb struck a bus carrying police officers in Diyarbakir city,
      Diyarbakir province, Turkey. Two officers were killed and 11 were wounded. The Kurdistan
      Workers' Party (PKK) claimed responsibility.""",
      ["Kurdistan Workers' Party (PKK)"], ["Kurdistan Workers' Party (PKK)"], killed=2, wounded=11),
    S("menaka-civilians-isgs", "2021-03-15", "ML", None, "AA", "PRIV", "FIRE",
      """03/15/2021: Gunmen on motorcycles raided the village of Tinhama in Menaka region, Mali,
      killing 20 civilians. Sources attributed the attack to the Islamic State in the Greater
      Sahara (ISGS).""", ["Islamic State in the Greater Sahara (ISGS)"], killed=20),
    S("djibo-teacher-kidnap", "2019-06-03", "BF", "Djibo", "HK", "EDU", "UNK",
      """06/03/2019: Jamaat Nusrat al-Islam wal Muslimin (JNIM) militants abducted two teachers
      from a primary school in Djibo town, Soum province, Burkina Faso. JNIM did not claim
      responsibility.""", ["Jamaat Nusrat al-Islam wal Muslimin (JNIM)"]),
    S("gaza-border-incendiary", "2018-07-13", "IL", None, "FI", "PRIV/FOOD", "INC",
      """07/13/2018: Assailants launched incendiary balloons from the Gaza Strip that set fire to
      wheat fields in Eshkol regional council, Southern district, Israel. No one was hurt. Hamas
      was suspected.""", ["Hamas"], killed=0, wounded=0),
    S("kabul-minibus-sticky-bomb", "2021-11-13", "AF", "Kabul", "BE", "TRANS/PRIV", "EXPL",
      """11/13/2021: An explosive device attached to a minibus detonated in the Dasht-e-Barchi area
      of Kabul city, Kabul province, Afghanistan. Six passengers were killed and seven were
      wounded. The Islamic State Khorasan Province claimed responsibility.""",
      ["Islamic State Khorasan Province"], ["Islamic State Khorasan Province"],
      killed=6, wounded=7),
    S("quetta-hazara-shops", "2019-04-12", "PK", "Quetta", "BE", "BUS/PRIV", "EXPL",
      """04/12/2019: An explosive device concealed in a sack of potatoes detonated at a fruit and
      vegetable market in Quetta city, Balochistan province, Pakistan. Twenty people were killed
      and 48 others were wounded. The Islamic State of Iraq and the Levant (ISIL) and
      Lashkar-e-Jhangvi claimed joint responsibility.""",
      ["Islamic State of Iraq and the Levant (ISIL)", "Lashkar-e-Jhangvi"],
      ["Islamic State of Iraq and the Levant (ISIL)", "Lashkar-e-Jhangvi"], killed=20, wounded=48),
    S("kismayo-election-official", "2020-12-01", "SO", "Kismayo", "AS", "GOV", "FIRE",
      """12/01/2020: Gunmen shot and killed Abdirahman Hassan, an official of the regional electoral
      commission, outside a mosque in Kismayo city, Lower Juba region, Somalia. Al-Shabaab claimed
      responsibility.""", ["Al-Shabaab"], ["Al-Shabaab"], killed=1),
    S("kasese-road-machete", "2021-09-03", "UG", None, "AA", "PRIV", "MEL",
      """09/03/2021: Assailants armed with machetes attacked travellers on a road near Kasese town,
      Kasese district, Uganda. Three people were killed. Allied Democratic Forces (ADF) militants
      were suspected.""", ["Allied Democratic Forces (ADF)"], killed=3),
    S("tillaberi-aid-vehicle", "2020-08-09", "NE", None, "AA", "NGO/TOUR", "FIRE",
      """08/09/2020: Gunmen on motorcycles attacked a vehicle carrying employees of a French aid
      group near Koure town, Tillaberi region, Niger. Six aid workers, their driver and a guide
      were killed. The Islamic State in the Greater Sahara (ISGS) claimed responsibility.""",
      ["Islamic State in the Greater Sahara (ISGS)"],
      ["Islamic State in the Greater Sahara (ISGS)"], killed=8),
    # A second batch, written and scored once untuned after the fixes above (see README).
    S("zurmat-village-checkpoint", "2019-09-21", "AF", None, "/UK,AA", "POL", "UNK",
      """09/21/2019: Assailants attacked a checkpoint in Sahak village, Zurmat district, Paktia
      province, Afghanistan. Two Afghan Local Police officers were killed. No group claimed
      responsibility for the incident.""", killed=2),
    S("kandahar-tribal-elder", "2018-02-11", "AF", "Kandahar", "AS", "PRIV/GOV", "FIRE",
      """02/11/2018: Assailants shot and killed Haji Abdul Bari, a prominent tribal elder, near
      his home in Kandahar city, Kandahar province, Afghanistan. The Taliban were suspected.""",
      ["Taliban"], killed=1),
    S("parwan-bus-ied", "2017-11-02", "AF", None, "BE", "TRANS", "EXPL",
      """11/02/2017: An improvised explosive device struck a passenger bus travelling on the
      Kabul-Kandahar highway in Maidan Wardak province, Afghanistan. Nine passengers were killed
      and seven were injured. No group claimed responsibility for the incident.""",
      killed=9, wounded=7),
    S("peshawar-church-suicide", "2013-09-22", "PK", "Peshawar", "BE", "REL", "EXPL",
      """09/22/2013: Two suicide bombers detonated explosives outside a church as worshippers left
      Sunday services in Peshawar city, Khyber Pakhtunkhwa province, Pakistan. At least 80 people,
      including the bombers, were killed and more than 120 were wounded. Tehrik-i-Taliban
      Pakistan (TTP) claimed responsibility.""", ["Tehrik-i-Taliban Pakistan (TTP)"],
      ["Tehrik-i-Taliban Pakistan (TTP)"], killed=80, wounded=[120, None]),
    S("karachi-consulate-attack", "2018-11-23", "PK", "Karachi", "AA/BE", "DIP", "FIRE,EXPL",
      """11/23/2018: Three assailants armed with rifles and grenades attacked the Chinese consulate
      in Karachi city, Sindh province, Pakistan. Two police officers and two civilians were killed
      before security forces killed all three attackers. The Baloch Liberation Army (BLA) claimed
      responsibility.""", ["Baloch Liberation Army (BLA)"], ["Baloch Liberation Army (BLA)"],
      killed=7),
    S("marsabit-herders-raid", "2019-07-03", "KE", None, "AA", "PRIV", "FIRE",
      """07/03/2019: Armed assailants raided a settlement of herders near Marsabit town, Marsabit
      county, Kenya, and shot dead five people. No group claimed responsibility for the
      incident.""", killed=5),
    S("garissa-university", "2015-04-02", "KE", "Garissa", "HB/AA", "EDU", "FIRE,EXPL",
      """04/02/2015: Gunmen stormed a university campus in Garissa town, Garissa county, Kenya,
      and held students hostage in a dormitory for several hours, throwing grenades and shooting
      at them. 148 people were killed, including the four attackers. Al-Shabaab claimed
      responsibility.""", ["Al-Shabaab"], ["Al-Shabaab"], killed=148),
    S("baga-fishermen", "2018-09-15", "NG", None, "AA", "PRIV", "FIRE",
      """09/15/2018: Suspected Boko Haram militants opened fire on fishermen along the shores of
      Lake Chad near Baga town, Kukawa local government area, Borno state, Nigeria. Twelve
      fishermen were killed.""", ["Boko Haram"], killed=12),
    S("benue-church-priests", "2018-04-24", "NG", None, "AA", "REL", "FIRE",
      """04/24/2018: Assailants opened fire on worshippers during an early morning mass at a
      Catholic church in Mbalom village, Gwer East local government area, Benue state, Nigeria.
      Two priests and 17 worshippers were killed. Sources attributed the attack to Fulani
      extremists.""", ["Fulani extremists"], killed=19),
    S("mopti-bus-landmine", "2021-12-03", "ML", None, "BE", "TRANS", "EXPL",
      """12/03/2021: A passenger bus struck a landmine near Bandiagara town, Mopti region, Mali.
      Eleven passengers were killed and 53 were injured. No group claimed responsibility for
      the incident.""", killed=11, wounded=53),
    S("ouaga-embassy", "2018-03-02", "BF", "Ouagadougou", "BE/AA", "MIL/DIP", "EXPL,FIRE",
      """03/02/2018: Assailants detonated a car bomb at the army headquarters and opened fire near
      the French embassy in Ouagadougou city, Kadiogo province, Burkina Faso. Eight soldiers and
      eight assailants were killed. Jamaat Nusrat al-Islam wal Muslimin (JNIM) claimed
      responsibility.""", ["Jamaat Nusrat al-Islam wal Muslimin (JNIM)"],
      ["Jamaat Nusrat al-Islam wal Muslimin (JNIM)"], killed=16),
    S("mosul-shop-owner-kidnap", "2019-05-19", "IQ", "Mosul", "HK", "BUS", "UNK",
      """05/19/2019: Assailants abducted a shop owner from his store in Mosul city, Nineveh
      governorate, Iraq. The hostage's fate is unknown. Islamic State of Iraq and the Levant
      (ISIL) militants were suspected.""", ["Islamic State of Iraq and the Levant (ISIL)"]),
    S("kirkuk-power-line-bomb", "2020-02-08", "IQ", None, "BE/FI", "UTIL", "EXPL",
      """02/08/2020: Assailants detonated explosives at the base of an electricity tower near
      Hawija town, Kirkuk governorate, Iraq, cutting power to the area. There were no reported
      casualties. The Islamic State of Iraq and the Levant (ISIL) claimed responsibility.""",
      ["Islamic State of Iraq and the Levant (ISIL)"],
      ["Islamic State of Iraq and the Levant (ISIL)"], killed=0, wounded=0),
    S("taiz-aid-worker-shot", "2018-04-21", "YE", "Taiz", "AS/AA", "NGO", "FIRE",
      """04/21/2018: Gunmen shot and killed Hanna Lahoud, a staff member of the International
      Committee of the Red Cross (ICRC), while she was travelling in a vehicle in Taiz city, Taiz
      governorate, Yemen. No group claimed responsibility for the incident.""", killed=1),
    S("hakkari-police-station-rockets", "2016-06-30", "TR", None, "BE", "POL", "EXPL",
      """06/30/2016: Kurdistan Workers' Party (PKK) militants fired rockets at a police station in
      Yuksekova district, Hakkari province, Turkey. One police officer was wounded.""",
      ["Kurdistan Workers' Party (PKK)"], wounded=1),
    S("jolo-cathedral", "2019-01-27", "PH", None, "BE", "REL", "EXPL",
      """01/27/2019: Two explosive devices detonated inside and outside a cathedral during Sunday
      mass in Jolo municipality, Sulu province, Philippines. Twenty people were killed and 102
      were injured. The Islamic State of Iraq and the Levant (ISIL) claimed responsibility.""",
      ["Islamic State of Iraq and the Levant (ISIL)"],
      ["Islamic State of Iraq and the Levant (ISIL)"], killed=20, wounded=102),
    S("tumaco-navy-boat", "2020-10-10", "CO", "Tumaco", "AA", "MIL/MAR", "FIRE",
      """10/10/2020: Assailants opened fire on a navy patrol boat on a river near Tumaco
      municipality, Narino department, Colombia. One marine was killed and two were wounded. FARC
      dissidents were suspected.""", ["FARC dissidents"], killed=1, wounded=2),
    S("juba-road-aid-convoy", "2017-03-25", "SS", None, "AA", "NGO", "FIRE",
      """03/25/2017: Gunmen ambushed a convoy of a humanitarian organization on the road between
      Juba and Pibor, South Sudan. Six aid workers were killed. No group claimed responsibility
      for the incident.""", killed=6),
    S("bamako-hotel-siege", "2015-11-20", "ML", "Bamako", "HB/AA", "BUS", "FIRE",
      """11/20/2015: Assailants armed with rifles stormed a hotel in Bamako city, Mali, and took
      about 170 guests and staff hostage. Security forces ended the siege after nine hours; 20
      hostages and two assailants were killed. Al-Mourabitoun claimed responsibility.""",
      ["Al-Mourabitoun"], ["Al-Mourabitoun"], killed=22),
    S("athens-bank-bomb", "2018-12-17", "GR", "Athens", "BE", "BUS", "EXPL",
      """12/17/2018: An explosive device detonated outside a bank branch in Athens city, Attica,
      Greece, causing damage to the building. No one was hurt. No group claimed responsibility
      for the incident.""", killed=0, wounded=0),
]
