"""A construction suite: one deal told the ways news tells it, each a sentence of our own with invented names (no
list knows Brimoral, Tessaly, Quorvane or Halvern, so every party is found by its shape or its slot in the parse).

Each case gives the exact records (`rules.summary`: type, status, parties in order, amount). A case that fails names
the construction that broke; a new construction the extractor should read goes here with what it should give.
Written per construction, not per passage of the evaluation data (which tests may not copy)."""

import pytest

from pipeline.extraction import extract_deals
from pipeline.nlp import rules

CASES = [
    # investment told by the money's path, whatever the verb (triggers.jsonl: '$N in <capital> from X'; '$N into X'
    # after a verb of putting money in); money expected or earned is no investment (type.income_figure)
    ("Velkara draws $250 million in fresh capital from Halvern Ventures and Ostrivane.",
     ["investment announced: Velkara investee, Halvern Ventures investor, Ostrivane investor | 2.5e+08 USD once"]),
    ("Halvern Ventures is sinking $40 million into Velkara Robotics.",
     ["investment announced: Halvern Ventures investor, Velkara Robotics investee | 4e+07 USD once"]),
    ("Velkara earned $40 million in investment from Tessaly last quarter.", []),
    ("Halvern Ventures bets $500 million on Velkara Robotics.",
     ["investment announced: Halvern Ventures investor, Velkara Robotics investee | 5e+08 USD once"]),
    # a figure that measures a noun of staking money: 'a $500 million bet on X' (triggers.jsonl; mentions.bet_on)
    ("Halvern Ventures made a $500 million bet on Velkara Robotics last year.",
     ["investment announced: Halvern Ventures investor, Velkara Robotics investee | 5e+08 USD once"]),
    # regional verbs of allying ('tied up with', 'joins hands with') make a partnership like 'teamed up with'; a funder
    # noun's 'in X' names the company funded, whatever the recogniser calls it (mentions.investor_in)
    ("Tessaly Telecom has tied up with Brenlow to set up AI data centres worth Rs 10,000 crore.",
     ["partnership announced: Tessaly Telecom partner, Brenlow partner | 1e+11 INR once"]),
    ("Brimoral joined hands with Quorvane to set up a $2 billion data centre.",
     ["partnership announced: Brimoral partner, Quorvane partner | 2e+09 USD once"]),
    ("Brenlow said its costs are tied up with Tessaly's pricing, which rose by $3 billion.", []),
    ("Halvern Capital has come on board as a strategic investor in Velkara, injecting $150 million.",
     ["investment announced: Halvern Capital investor, Velkara investee | 1.5e+08 USD once"]),
    ("Halvern Capital, an early investor in Velkara, said revenue rose to $150 million.", []),
    # 'valued at' after a deal noun far back in its clause is the deal's worth (mentions.deal_valued_at); the owner
    # of a site bought is its seller (mentions.site_sold)
    ("The acquisition of Lentara by Velkara Holdings, valued at $3.3 billion, closed on Friday.",
     ["acquisition completed: Lentara target, Velkara Holdings acquirer | 3.3e+09 USD once"]),
    ("Brimoral's purchase of Tessaly's Ohio campus, valued at about $900 million, is expected to close in June.",
     ["datacenter announced: Brimoral buyer, Tessaly seller | 9e+08 USD once"]),
    # 'buy the company' buys a company named before the verb, the verb's subject acquiring (type/roles.company_anaphor)
    ("Shares of Lentara jumped 20% after Brimoral offered to buy the company for $5.1 billion.",
     ["acquisition announced: Lentara target, Brimoral acquirer | 5.1e+09 USD once"]),
    ("Brenlow & Partners agreed to buy Drovane AB for 4 billion Swedish crowns.",
     ["acquisition announced: Brenlow & Partners acquirer, Drovane target | 4e+09 SEK once"]),
    # 'will see X supply Y': X supplies, however labelled (mentions.see_clause); the name after 'with' that comes
    # again as the trading verb's subject acts (roles.subject_again)
    ("The contract, worth up to $9.7 billion, will see Brenlow supply Ostrivel with cloud computing capacity.",
     ["compute announced: Brenlow seller, Ostrivel buyer | 9.7e+09 USD once"]),
    ("Lentara signed a contract with Pexwood under which Pexwood will deliver 10,000 GPUs for 2.4 billion euros.",
     ["chips announced: Pexwood seller, Lentara buyer | 2.4e+09 EUR once"]),
    ("Lentara has entered a strategic collaboration with Orvane under which Orvane will invest up to $4 billion in "
     "Lentara's AI cloud.", ["investment announced: Orvane investor, Lentara investee | 4e+09 USD once"]),
    # a place before '-based' (mentions.based_place); a legal form alone after a comma (mentions.suffix_alone); an
    # investing noun received makes the receiver funded (roles.received_money), one made 'into X' funds X
    ("São Paulo-based Brenlow Cloud announced a $1 billion partnership with Velkara to build a data centre.",
     ["partnership announced: Brenlow Cloud partner, Velkara partner | 1e+09 USD once"]),
    ("Velkara Co., Ltd., a Tokyo-based GPU cloud operator, will receive a capital injection of 20 billion yen from "
     "Orvane Holdings.", ["investment announced: Velkara investee, Orvane Holdings investor | 2e+10 JPY once"]),
    ("Orvane Holdings will make a capital injection of $20 million into Velkara.",
     ["investment announced: Orvane Holdings investor, Velkara investee | 2e+07 USD once"]),
    # 'on the back of' is no backing (context.yaml fixed_expressions): the deal it names is the sentence's deal
    ("Velkara's shares have more than doubled this year on the back of its $14 billion cloud deal with Drovane.",
     ["compute announced: Velkara buyer, Drovane seller | 1.4e+10 USD once"]),
    # a press release: the dateline's city is no party however far its dash (mentions.dateline), and 'announced the
    # closing of' tells a completed round (cues.yaml status_cues)
    ('AUSTIN, Texas, May 4, 2026 (GLOBE NEWSWIRE) -- Brimoral Technologies Inc. ("Brimoral"), a provider of AI '
     "infrastructure, today announced the closing of its $250 million Series C financing led by Halvern Growth.",
     ["investment completed: Brimoral investee, Halvern Growth investor | 2.5e+08 USD once"]),
    # the subject of an absolute clause puts the money in (roles.with_absolute_investor)
    ("Velkara and Drovane announced a multi-year partnership, with Drovane committing $50 billion in investment.",
     ["investment announced: Drovane investor, Velkara investee | 5e+10 USD once"]),
    # 'the company' after the clause's own subject is someone else (mentions.object_not_subject); terms that put
    # money into one party type the deal they tell (discourse.terms_give_type)
    ("Pexwood has signed a deal with Samrik. Under the agreement, Pexwood will invest $500 million in the Korean "
     "company.", ["investment announced: Pexwood investor, Samrik investee | 5e+08 USD once"]),
    ("Orvane Ventures has backed Tessaly since its seed round. This week it led a $120 million Series C in the "
     "company.", ["investment announced: Orvane Ventures investor, Tessaly investee | 1.2e+08 USD once"]),
    # a speaker whose reported clause's subject is 'the deal with X' is that deal's other side
    # (mentions.speaker_deal_with); the names after 'between' are the deal's parties (roles.between_pair)
    ("Drovane said the $900 million deal with Velkara runs for five years.",
     ["partnership announced: Drovane partner, Velkara partner | 9e+08 USD once"]),
    ("The $900 million deal between Drovane and Velkara uses Microsoft Azure software.",
     ["partnership announced: Drovane partner, Velkara partner | 9e+08 USD once"]),
    # an owner inside an apposition describes (roles.owner_in_apposition); those a subject joins in a trade did the
    # like before (roles.joined_in), those it joins in a round are co-investors (roles.round_named_for)
    ("Velkara signed a $2 billion deal with Drovane, a SoftBank portfolio company.",
     ["partnership announced: Velkara partner, Drovane partner | 2e+09 USD once"]),
    ("Velkara joins Anthropic and OpenAI in signing a cloud deal with Drovane, worth $4 billion over five years.",
     ["compute announced: Velkara buyer, Drovane seller | 4e+09 USD once"]),
    ("Velkara joined Halvern Capital in a $300 million round for Tessaly.",
     ["investment announced: Velkara investor, Halvern Capital investor, Tessaly investee | 3e+08 USD once"]),
    # a possessor opening an apposition (roles.possessive_apposition) and an adviser (roles.adviser) are no parties
    ("Velkara, Nvidia's biggest customer, agreed to buy Drovane for $2 billion.",
     ["acquisition announced: Velkara acquirer, Drovane target | 2e+09 USD once"]),
    ("Morgan Stanley is acting as financial adviser to Velkara on its $2 billion acquisition of Drovane.",
     ["acquisition announced: Velkara acquirer, Drovane target | 2e+09 USD once"]),
    # a takeover accepted from a bidder (type.offer_from); a price per share paid for a company buys it, without an
    # amount (type.paid_for_company, candidates.deal_valuing); 'has been sold' is completed
    ("Drovane accepted a $3.4 billion buyout offer from Halvern Capital.",
     ["acquisition announced: Drovane target, Halvern Capital acquirer | 3.4e+09 USD once"]),
    ("Halvern will pay $45 a share in cash for Drovane, valuing the company at about $2.3 billion.",
     ["acquisition announced: Halvern acquirer, Drovane target"]),
    ("Drovane has been sold to Halvern Capital for $900 million, its owner Orvane Group said.",
     ["acquisition completed: Drovane target, Halvern Capital acquirer | 9e+08 USD once"]),
    # a figure 'of' a name's services is what is bought (type.figure_of_goods); 'at a cost of' after a trading verb
    # is the goods' price (mentions.trade_cost)
    ("Velkara has committed to purchase an incremental $25 billion of Drovane cloud services.",
     ["compute announced: Velkara buyer, Drovane seller | 2.5e+10 USD once"]),
    ("Under the multi-year contract, Drovane will provide Velkara with dedicated GPU clusters at a cost of "
     "$800 million a year.", ["chips announced: Drovane seller, Velkara buyer | 8e+08 USD year"]),
    # an investor's share named after the round's figure gets its own record (discourse.share_named, guideline 2);
    # 'mops up' raises money
    ("Velkara raised $500 million, including $200 million from Halvern Capital.",
     ["investment completed: Velkara investee, Halvern Capital investor | 5e+08 USD once",
      "investment completed: Halvern Capital investor, Velkara investee | 2e+08 USD once"]),
    ("Velkara mops up Rs 250 crore from Halvern Capital and Orvane Ventures.",
     ["investment announced: Velkara investee, Halvern Capital investor, Orvane Ventures investor | 2.5e+09 INR once"]),
    # the owner of the site goods are housed in hosts them (mentions.housed_in_site)
    ("Velkara will rent AI servers housed in Drovane's data centres under a $4 billion contract.",
     ["compute announced: Velkara buyer, Drovane seller | 4e+09 USD once"]),
    # the recipient after a list inside the goods (mentions.goods_to); a contract's capacity in a host's site
    # (mentions.housed_in_site)
    ("Drovane signed a $1.1 billion deal to supply networking equipment, including switches and servers, to Velkara.",
     ["chips announced: Drovane seller, Velkara buyer | 1.1e+09 USD once"]),
    # goods run for another are computing sold to it (type/roles.deployed_for); where goods are is no cue of what is
    # traded, and 'access to' goods is capacity (type.location_no_cue)
    ("Drovane will deploy 50,000 Nvidia GPUs for Velkara at its data centre in Norway under a $6 billion contract.",
     ["compute announced: Drovane seller, Velkara buyer | 6e+09 USD once"]),
    ("Drovane signed a $9.7 billion deal to provide Velkara with access to GPUs at its Texas data center campus.",
     ["compute announced: Drovane seller, Velkara buyer | 9.7e+09 USD once"]),
    # 'jointly own and operate', 'jointly building': a joint venture, a partnership (type.jointly_held)
    ("Drovane and Velkara agreed to jointly own and operate a 200 MW data centre in Osaka, investing 120 billion yen.",
     ["partnership announced: Drovane partner, Velkara partner | 1.2e+11 JPY once"]),
    # a utility's electric service agreement is power, its payer the buyer (roles.payer_relative); an arrangement
    # valued at a figure is worth it (mentions.deal_valued_at)
    ("Drovane said it had signed a 15-year electric service agreement with Velkara, which will pay for the new "
     "generation.", ["power announced: Drovane seller, Velkara buyer"]),
    ("Velkara will buy power from Drovane's Halden reactor under a 20-year arrangement valued at $16 billion.",
     ["power announced: Velkara buyer, Drovane seller | 1.6e+10 USD once"]),
    # a headline's unknown subject the tagger calls an adjective (mentions.headline_case)
    ("Halvern to buy Drovane for $1.2bn",
     ["acquisition announced: Halvern acquirer, Drovane target | 1.2e+09 USD once"]),
    # names in a habitual relative clause describe the subject (roles.habitual_relative); a quoted person's employer
    # is no party (roles.speaker_employer)
    ("Velkara, which already supplies Microsoft, signed a $2 billion deal to provide GPU capacity to Drovane.",
     ["compute announced: Velkara seller, Drovane buyer | 2e+09 USD once"]),
    # a partnership ended is no deal (cues.yaml negated)
    ("Velkara and Drovane have ended their $3 billion partnership.", []),
    # renting is leasing: a directed verb that tells a deal without a figure (cues.yaml strong_verbs); the figure of
    # the next sentence's contract is its amount
    ("Brinvale Systems has agreed to rent graphics processors from Ostara Cloud.",
     ["compute announced: Brinvale Systems buyer, Ostara Cloud seller"]),
    ("Brinvale Systems has agreed to rent graphics processors from Ostara Cloud. The contract is worth $4.2 billion "
     "over six years, the companies said.",
     ["compute announced: Brinvale Systems buyer, Ostara Cloud seller | 4.2e+09 USD once"]),
    ("Ostara Cloud rents servers to Brinvale Systems and other labs.", []),
    # a partnership counts with money or capacity attached (candidates.partnership_attached): in its sentence or the
    # next; a sponsorship or a licence with neither is no deal
    ("Stellan Power and Morvik Data announced a partnership on Wednesday. The two companies will jointly develop a "
     "1-gigawatt campus in Alberta.", ["partnership announced: Stellan Power partner, Morvik Data partner"]),
    ("Velkara signed a sponsorship agreement with the Pexwood Tennis Federation.", []),
    ("Velkara and Pexwood reached a licensing agreement for their music catalogues.", []),
    ("Velkara and Pexwood signed a partnership to develop AI chips.",
     ["partnership announced: Velkara partner, Pexwood partner"]),
    # one accelerator is chips, as many are (cues.yaml types)
    ("Velkara Systems agreed to pay Pexwood $200 million for its new accelerator.",
     ["chips announced: Velkara Systems buyer, Pexwood seller | 2e+08 USD once"]),
    # goods pointed back to are the one maker's named just before (mentions.goods_anaphor); two makers: no telling
    ("Qorvane Labs unveiled new inference chips on Monday. Tessaly plans to buy 5,000 of these chips.",
     ["chips announced: Tessaly buyer, Qorvane Labs seller"]),
    ("Qorvane Labs and Brisa Systems unveiled new chips on Monday. Tessaly plans to buy 5,000 of these chips.", []),
    # a company's name is no capacity attached ('Pexwood Cloud' is no cloud; candidates.partnership_attached)
    ("Analysts at Orvane Securities expect Velkara Systems to sign more deals like its contract with Pexwood Cloud.",
     []),
    # a legal form before the name ('PT', Indonesia) is no part of it; the shortest form the passage uses names it
    ("Velkara Capital is in talks to buy a 40% stake in PT Nusantara Data Centers for about $500 million. The deal "
     "would value Nusantara at more than $1.2 billion.",
     ["investment talks: Velkara Capital investor, Nusantara investee | 5e+08 USD once"]),
    # the site named as 'its campus' two sentences before is its owner's (mentions.site_anaphor)
    ("Data centre developer Brimoral has closed a $2.3 billion loan to finance its 400 MW campus in Abilene. The "
     "financing was led by "
     "Ostren Bank and Kelmar Bank. The campus is fully leased to cloud provider Tessaly under a 15-year agreement.",
     ["datacenter completed: Brimoral buyer, Ostren Bank seller, Kelmar Bank seller | 2.3e+09 USD once",
      "datacenter announced: Brimoral seller, Tessaly buyer"]),
    # 'it' before a verb of acting (context list it_act_verbs) is the last subject (mentions.it_subject)
    ("Ternwell signed a new contract with Marlowe AI worth $3.2 billion. It also expanded its existing agreement with "
     "Quenby Labs by $700 million.",
     ["partnership announced: Ternwell partner, Marlowe AI partner | 3.2e+09 USD once",
      "partnership announced: Ternwell partner, Quenby Labs partner | 7e+08 USD once"]),
    # a headline's 'X to <verb> Y', the verb read as the name's complement (mentions.headline_subject); an invented
    # name read from its ending as a verb after a preposition (mentions.name_read_as_word)
    ("Pisk to acquire Bouis for $1.2 billion",
     ["acquisition announced: Pisk acquirer, Bouis target | 1.2e+09 USD once"]),
    ("Tur has taken a 10% stake in Tiing for $1.2 billion.",
     ["investment announced: Tur investor, Tiing investee | 1.2e+09 USD once"]),
    # the exchange a filing is made 'to' is no party (roles.filed_with); whoever wins an order sells, whatever kind a
    # name's own words give the other side (roles.payer_named_kind)
    ("In a filing to the Shenzhen Stock Exchange, Yunfeng Intelligence said it had won a contract worth 1.2 billion "
     "yuan to provide computing services to Shenlan Cloud.",
     ["compute announced: Yunfeng Intelligence seller, Shenlan Cloud buyer | 1.2e+09 CNY once"]),
    # 'a battle for funding with X': X is a rival, no investor (context list rival_cues)
    ("Velkara raised $500 million amid a fierce battle for funding with Quenzo AI and others.",
     ["investment completed: Velkara investee | 5e+08 USD once"]),
    # 'consumers like X': named as an example of whom a party serves, no party (context list rival_cues)
    ("The 20-year power purchase agreements with Brisa Hydro will support Velkor Cloud's operations while maintaining "
     "existing commitments to power consumers like Ostrel Rail.",
     ["power announced: Velkor Cloud buyer, Brisa Hydro seller"]),
    # 'The lenders are A and B' after a loan just told: its lenders (context list round_investor_cues); a last
    # member of English words after 'and' ends the list (discourse.english_list_member)
    ("Mivvo Systems said it raised $250 million in debt. The lenders are Orrin Bank and Falstaff.",
     ["investment completed: Mivvo Systems investee, Orrin Bank investor, Falstaff investor | 2.5e+08 USD once"]),
    # a listed name that holds a shorter one a shape finds inside it stands whole (discourse.investor_list)
    ("Tesmo AI raised 2 billion yuan in a new funding round. The round includes participation from the "
     "state-backed Qarnel City Development Group Industrial Fund and Brisa Capital.",
     ["investment completed: Tesmo AI investee, Qarnel City Development Group Industrial Fund investor, "
      "Brisa Capital investor | 2e+09 CNY once"]),
    # the owner's brand before goods traded is no maker (mentions.owner_brand)
    ("Quarnell will buy $900 million of Tessaly's Orvane accelerators over three years.",
     ["chips announced: Quarnell buyer, Tessaly seller | 9e+08 USD once"]),
    # a unit written onto its figure, 'bn' too, parses as the word it stands for (mentions.compact_figure)
    ("Orrin Capital led a €1.5bn funding round in Tessmo.",
     ["investment announced: Orrin Capital investor, Tessmo investee | 1.5e+09 EUR once"]),
    # ... and is no part of the name after it (the retired mentions.figure_before_name cut it off the name)
    ("Tessaly wins $3bn Velkara cloud contract. The agreement runs for five years.",
     ["compute announced: Tessaly seller, Velkara buyer | 3e+09 USD once"]),
    # 'supply X with power': electricity, as 'supply power to X' (cues.yaml power: 'with power')
    ("Quarnell signed a $2 billion contract to supply Tesmarly with power.",
     ["power announced: Quarnell seller, Tesmarly buyer | 2e+09 USD once"]),
    # an unknown name read as a company name by the parser (mentions.name_norm): 'to X' on 'worth', which hangs on
    # the verb, names the verb's counterparty; a second figure the parser hangs on its name is still that name's
    ("Chipmaker Stellavo will sell accelerators worth $3 billion to Quorvane over three years.",
     ["chips announced: Stellavo seller, Quorvane buyer | 3e+09 USD once"]),
    ("Under the deal, Drevik will invest up to $700 million and Seloria up to $200 million in Tamsolo.",
     ["investment announced: Drevik investor, Tamsolo investee | 7e+08 USD once",
      "investment announced: Seloria investor, Tamsolo investee | 2e+08 USD once"]),
    # a unit, arm or division acts for the company after its 'of' (frames.yaml proxy_subjects, roles.proxy_subject)
    ("The venture arm of Halvern led a $40 million round in Tessmo.",
     ["investment announced: Halvern investor, Tessmo investee | 4e+07 USD once"]),
    ("A unit of Morvane will invest $250 million in Quellane, the companies said.",
     ["investment announced: Morvane investor, Quellane investee | 2.5e+08 USD once"]),
    # '$N of (capital) commitments from' investors: money raised (triggers.jsonl); not commitments from customers
    ("Corvane Labs has secured $2 billion of commitments from investors, including Pellam Capital and Quorra Holdings.",
     ["investment completed: Corvane Labs investee, Pellam Capital investor, Quorra Holdings investor | 2e+09 USD once"]),
    ("Corvane Labs has secured $2 billion in commitments from customers for its GPU cloud.", []),
    # the round's other investors after its leader: '..., joined by A and B' (discourse.led_the_round)
    ("Quorvane raised $200 million. Halvern Capital led the round, joined by Ostrix and Brisa Ventures.",
     ["investment completed: Quorvane investee, Halvern Capital investor, Ostrix investor, Brisa Ventures investor"
      " | 2e+08 USD once"]),
    # a total raised to date describes the company, no deal; a round still being raised is one (candidates.cumulative)
    ("Quorvane, which has raised $2 billion to date, unveiled a new chip on Tuesday.", []),
    ("Quorvane has raised $300 million so far in its Series B round, led by Halvern Capital.",
     ["investment completed: Quorvane investee, Halvern Capital investor | 3e+08 USD once"]),
    # an offer for the company accepted or approved by it (or its board): the bidder acquires (triggers.jsonl);
    # an offer rejected is no deal
    ("Quorvane's board approved a $2 billion offer from Halvern Capital.",
     ["acquisition announced: Quorvane target, Halvern Capital acquirer | 2e+09 USD once"]),
    ("Quorvane rejected a $2 billion offer from Halvern Capital.", []),
    # talks with X for goods: the subject buys what it is in talks for (triggers.jsonl); talks for no goods, no deal
    ("Quorvane is in talks with Ostrix Energy for 2 GW of power, according to Bloomberg.",
     ["power talks: Quorvane buyer, Ostrix Energy seller"]),
    ("Quorvane is in talks with Halvern Cloud for months over pricing.", []),
    # a lender releases a loan's disbursement or tranche to the borrower (triggers.jsonl)
    ("Halvern Bank has released the second loan disbursement to Quorvane for its data centre.",
     ["investment announced: Halvern Bank investor, Quorvane investee"]),
    # each counterparty with its figure set off after it: two deals of the subject (candidates.paired_figures)
    ("Quorvane has signed deals with Halvern Cloud, worth $10 billion, and with Ostrix Compute, worth $4 billion, "
     "for GPU capacity.", ["compute announced: Quorvane buyer, Halvern Cloud seller | 1e+10 USD once",
                    "compute announced: Quorvane buyer, Ostrix Compute seller | 4e+09 USD once"]),
    # a stage named by its first word owned by a name: whose round it is (mentions.round_owner)
    ("Kelmar invests $200 million in Quorvane's Series B.",
     ["investment announced: Kelmar investor, Quorvane investee | 2e+08 USD once"]),
    # verbs of funding, buying and raising beside the common ones (triggers.jsonl)
    ("Tarrow Capital is bankrolling Korvane Systems with $200 million.",
     ["investment announced: Tarrow Capital investor, Korvane Systems investee | 2e+08 USD once"]),
    ("Tarrow Capital is ploughing $200 million into Korvane Systems.",
     ["investment announced: Tarrow Capital investor, Korvane Systems investee | 2e+08 USD once"]),
    ("Korvane Systems garnered $200 million from Tarrow Capital.",
     ["investment announced: Korvane Systems investee, Tarrow Capital investor | 2e+08 USD once"]),
    ("Korvane Systems acquired a 49% interest in Halden Data Centers for $300 million.",
     ["investment completed: Korvane Systems investor, Halden Data Centers investee | 3e+08 USD once"]),
    # 'won a deal' sells; 'clinched a deal with' names both sides, whose kinds give the roles
    ("Halden Cloud won a $200 million deal to supply Korvane Systems with GPUs.",
     ["chips announced: Halden Cloud seller, Korvane Systems buyer | 2e+08 USD once"]),
    ("Korvane Systems clinched a $200 million deal with Halden Cloud for GPU capacity.",
     ["compute announced: Korvane Systems buyer, Halden Cloud seller | 2e+08 USD once"]),
    # a round's investors named after it by their part in it (discourse.round_verbs, investor_by_role, round_drew)
    ("Korvane Systems has closed a $120 million funding round. Tarrow Capital headed the round; Halden Ventures and "
     "Orsk Partners chipped in.", ["investment completed: Korvane Systems investee, Tarrow Capital investor, Halden "
                                  "Ventures investor, Orsk Partners investor | 1.2e+08 USD once"]),
    ("Korvane Systems has closed a $120 million funding round. Tarrow Capital and Halden Ventures put money into the "
     "round.", ["investment completed: Korvane Systems investee, Tarrow Capital investor, Halden Ventures investor | "
                "1.2e+08 USD once"]),
    ("Korvane Systems has closed a $120 million funding round. Tarrow Capital, Halden Ventures and Orsk Partners "
     "were the other investors.", ["investment completed: Korvane Systems investee, Tarrow Capital investor, Halden "
                                   "Ventures investor, Orsk Partners investor | 1.2e+08 USD once"]),
    ("Korvane Systems has closed a $120 million funding round. Tarrow Capital was the lead investor in its previous "
     "round.", ["investment completed: Korvane Systems investee | 1.2e+08 USD once"]),
    # a deal denied, ruled out or broken down is no deal (cues.yaml negated, candidates.negated_trigger)
    ("Korvane Systems said it has no interest in buying Halden Cloud.", []),
    ("Korvane Systems ruled out buying Halden Cloud.", []),
    ("Talks between Korvane Systems and Halden Cloud over a $2 billion compute deal broke down.", []),
    ("Korvane Systems has never invested in Halden Cloud, a spokesperson said.", []),
    # a deal ended, whatever stands between the verb and the deal's noun (candidates.ended_deal)
    ("Halden Cloud ended its $3 billion, five-year GPU contract with Korvane Systems in March.", []),
    ("Korvane Systems exited the ten-year data center lease it signed with Tarrow Capital.", []),
    ("Halden Cloud will rent GPU capacity to Korvane Systems for $3 billion under a contract that ends in 2031.",
     ["compute announced: Halden Cloud seller, Korvane Systems buyer | 3e+09 USD once"]),
    # money contributed to a measure of results was earned (type.contributed_to_results); to a round, put in
    ("Sales to Tarrow Capital contributed $40 million to Korvane Systems' quarterly revenue.", []),
    ("Tarrow Capital contributed $40 million to Korvane Systems' Series B.",
     ["investment announced: Tarrow Capital investor, Korvane Systems investee | 4e+07 USD once"]),
    # an accord is a deal noun; underwriting debt lends; a failed deal is none
    ("Korvane Systems and Halden Cloud reached a $2 billion accord on GPU capacity.",
     ["compute announced: Korvane Systems buyer, Halden Cloud seller | 2e+09 USD once"]),
    ("Korvane Systems is underwriting $2 billion of Halden Cloud's data centre debt.",
     ["investment announced: Korvane Systems investor, Halden Cloud investee | 2e+09 USD once"]),
    ("Korvane Systems will collect a $200 million break-up fee from the failed deal with Halden Cloud.", []),
    # names told in passing beside the parties: a comparison that opens the sentence (cues.yaml not_org_words: 'Like'),
    # an apposition or a closing relative clause on a party, another deal, a clause of time, others joined as customers
    ("Like Orsk Labs before it, Korvane Systems signed a $2 billion compute deal with Halden Cloud.",
     ["compute announced: Korvane Systems buyer, Halden Cloud seller | 2e+09 USD once"]),
    ("Tarrow Capital, an early investor in Orsk Labs, led a $200 million round in Korvane Systems.",
     ["investment announced: Tarrow Capital investor, Korvane Systems investee | 2e+08 USD once"]),
    ("Korvane Systems raised $200 million in a round led by Tarrow Capital, which also backs Orsk Labs.",
     ["investment completed: Korvane Systems investee, Tarrow Capital investor | 2e+08 USD once"]),
    ("Korvane Systems will rent GPUs from Halden Cloud for $2 billion, in addition to its existing contract with Orsk "
     "Cloud.", ["compute announced: Korvane Systems buyer, Halden Cloud seller | 2e+09 USD once"]),
    ("Korvane Systems will rent GPUs from Halden Cloud for $2 billion, weeks after Orsk Labs struck a similar "
     "agreement.", ["compute announced: Korvane Systems buyer, Halden Cloud seller | 2e+09 USD once"]),
    ("Korvane Systems will rent GPUs from Halden Cloud for $2 billion, joining Orsk Labs and Velo AI as customers of "
     "the neocloud.", ["compute announced: Korvane Systems buyer, Halden Cloud seller | 2e+09 USD once"]),
    ("Korvane Systems will rent GPUs from Halden Cloud for $2 billion, whose largest shareholder is Orsk Group.",
     ["compute announced: Korvane Systems buyer, Halden Cloud seller | 2e+09 USD once"]),
    # a run of clauses, each with its deal, the last one after 'and' alone (mentions.and_clause_deal_verb)
    ("This week Korvane Systems raised $200 million from Tarrow Capital, Velo AI raised $100 million from Orsk "
     "Ventures and Halden Cloud raised $50 million from Brisa Partners.",
     ["investment completed: Korvane Systems investee, Tarrow Capital investor | 2e+08 USD once",
      "investment completed: Velo AI investee, Orsk Ventures investor | 1e+08 USD once",
      "investment completed: Halden Cloud investee, Brisa Partners investor | 5e+07 USD once"]),
    # 'the round' after a deal of another kind told since: the last round (discourse.round_meant)
    ("Korvane Systems has raised $300 million in a Series C round. The company also agreed to buy $50 million of "
     "chips from Halden Semiconductor. The round was led by Tarrow Capital.",
     ["investment completed: Korvane Systems investee, Tarrow Capital investor | 3e+08 USD once",
      "chips announced: Korvane Systems buyer, Halden Semiconductor seller | 5e+07 USD once"]),
    # an offer for a company, the sale of the company to a buyer (triggers.jsonl)
    ("Tarrow Group's $2 billion offer for Korvane Systems was accepted by the board.",
     ["acquisition announced: Tarrow Group acquirer, Korvane Systems target | 2e+09 USD once"]),
    ("Korvane Systems' shareholders approved the $2 billion sale of the company to Tarrow Group.",
     ["acquisition announced: Korvane Systems target, Tarrow Group acquirer | 2e+09 USD once"]),
    # power provided to a buyer's sites 'with' the power: the recipient, not the goods (type.supply_with)
    ("Halden Energy will provide Korvane Systems' data centres with 500 MW of nuclear power under a 20-year deal.",
     ["power announced: Halden Energy seller, Korvane Systems buyer"]),
    # a second deal word of the same subject after 'and (will also)', in a clause of its own
    # (mentions.shared_subject_trigger)
    ("Tarrow Capital invested $50 million in Korvane Systems and also invested in Velmora AI.",
     ["investment completed: Tarrow Capital investor, Korvane Systems investee | 5e+07 USD once",
      "investment completed: Tarrow Capital investor, Velmora AI investee"]),
    ("Ostrel Labs agreed to pay Mirrow Cloud $4 billion for compute and to buy chips from Halden Micro.",
     ["compute announced: Ostrel Labs buyer, Mirrow Cloud seller | 4e+09 USD once",
      "chips announced: Ostrel Labs buyer, Halden Micro seller"]),
    ("Brenwick Power signed a $3 billion power purchase agreement with Quorvane and will also build a substation for "
     "Quorvane.",
     ["power announced: Quorvane buyer, Brenwick Power seller | 3e+09 USD once"]),
    # more of the deal told last, a record of its own; a figure the deal is brought 'to' is its total
    # (discourse.follow_on)
    ("Mirrow Cloud signed an $11.9 billion contract to supply compute to Ostrel Labs. The agreement was later "
     "expanded by $4 billion.",
     ["compute announced: Mirrow Cloud seller, Ostrel Labs buyer | 1.19e+10 USD once",
      "compute announced: Mirrow Cloud seller, Ostrel Labs buyer | 4e+09 USD once"]),
    ("Mirrow Cloud signed an $11.9 billion contract to supply compute to Ostrel Labs. Ostrel Labs later agreed to pay "
     "another $4 billion for more capacity.",
     ["compute announced: Mirrow Cloud seller, Ostrel Labs buyer | 1.19e+10 USD once",
      "compute announced: Mirrow Cloud seller, Ostrel Labs buyer | 4e+09 USD once"]),
    ("Mirrow Cloud signed an $11.9 billion contract to supply compute to Ostrel Labs. Mirrow Cloud has the option to "
     "extend the contract to $16 billion.",
     ["compute announced: Mirrow Cloud seller, Ostrel Labs buyer | 1.19e+10 USD once"]),
    # money 'sealed' is secured (triggers.jsonl; mentions.signed_other_thing reads money as what was sealed); the
    # lender closes it 'to help' the borrower, whose 'build' is a purpose (mentions.help_purpose, roles.loan_to)
    ("Korvane Systems has sealed a $750 million credit facility from Tarrow Credit.",
     ["investment announced: Korvane Systems investee, Tarrow Credit investor | 7.5e+08 USD once"]),
    ("Data centre operator Korvane Systems has sealed a $750 million credit facility to fund more data centre "
     "growth.\nTarrow Credit closed the facility through its debt platform to help Korvane Systems build more sites.",
     ["investment completed: Korvane Systems investee, Tarrow Credit investor | 7.5e+08 USD once"]),
    # a base form after 'to' or a modal ('poised to close ... funding'), the company a later investor's round is of
    # (triggers.jsonl; discourse.round_joined)
    ("The startup Velmora AI is poised to close one of the largest funding deals in the sector. Tarrow Capital plans "
     "to invest heavily in a funding round aimed at raising at least $25 billion.",
     ["investment talks: Velmora AI investee, Tarrow Capital investor | 2.5e+10 USD once"]),
    # a news outlet that reports the deal makes it reported; a party that says so does not (type.outlet_reported)
    ("Halden Power will sell 300 MW of electricity to Korvane Systems for $2 billion, the Brimmer Daily Times "
     "reported.",
     ["power reported: Halden Power seller, Korvane Systems buyer | 2e+09 USD once"]),
    ("Halden Power will sell 300 MW of electricity to Korvane Systems for $2 billion, according to Korvane Systems.",
     ["power announced: Halden Power seller, Korvane Systems buyer | 2e+09 USD once"]),
    # the money of the round just told, put up or provided by its investors, or the round backed by them
    # (discourse.provided_financing)
    ("Velmora AI raised $100 million. The money was provided by Tarrow Capital and Brisket Ventures.",
     ["investment completed: Velmora AI investee, Tarrow Capital investor, Brisket Ventures investor | 1e+08 USD once"]),
    ("Velmora AI raised $100 million. Tarrow Capital and Brisket Ventures put up the money.",
     ["investment completed: Velmora AI investee, Tarrow Capital investor, Brisket Ventures investor | 1e+08 USD once"]),
    ("Velmora AI raised $100 million. The round was backed by Tarrow Capital and Brisket Ventures.",
     ["investment completed: Velmora AI investee, Tarrow Capital investor, Brisket Ventures investor | 1e+08 USD once"]),
    # the figure of a deal told in the paragraph before (discourse.figure_after, discourse.across_paragraphs)
    ("Tarrow Bank agreed to provide a loan to Korvane Energy.\n\nThe loan is worth $1.5 billion.",
     ["investment announced: Tarrow Bank investor, Korvane Energy investee | 1.5e+09 USD once"]),
    # a counterparty described, then named in the next paragraph; investors named in the paragraph before their
    # round (discourse.role_noun_names, discourse.investors_before_round, discourse.across_paragraphs)
    ("Velmora AI is investing $1.5 billion in a technology firm.\n\nThe firm is Quorvane Labs, a chip designer.",
     ["investment announced: Velmora AI investor, Quorvane Labs investee | 1.5e+09 USD once"]),
    ("Investors in the round include Tarrow Capital and Brisket Ventures.\n\nThe $500 million Series D values "
     "Velmora AI at $4 billion.",
     ["investment announced: Velmora AI investee, Tarrow Capital investor, Brisket Ventures investor | 5e+08 USD "
      "once"]),
    # an abbreviation defined for words in lower case is a thing, not a company (mentions.defined_term)
    ("Korvane Energy will sell power to Brisk Compute under a power purchase agreement (PPA) worth $400 million. "
     "The PPA runs for 15 years.",
     ["power announced: Korvane Energy seller, Brisk Compute buyer | 4e+08 USD once"]),
    # two names each after its description (mentions.described_pair)
    ("Investment firm Tarrow Capital and the state fund Brisket Ventures have agreed to buy Velmora AI for $3 billion.",
     ["acquisition announced: Tarrow Capital acquirer, Brisket Ventures acquirer, Velmora AI target | 3e+09 USD once"]),
    # investors of a round told in a relative clause on it, or leading with the round unsaid
    # (frames.yaml round_led_relative, gates.frames_opposite_triggers, discourse.led_alone)
    ("Brisk Compute has closed a $200 million round that Halden Partners led.",
     ["investment completed: Brisk Compute investee, Halden Partners investor | 2e+08 USD once"]),
    ("Brisk Compute raised $80 million in a round Halden Partners led.",
     ["investment completed: Brisk Compute investee, Halden Partners investor | 8e+07 USD once"]),
    ("Brisk Compute, which designs optical switches, raised $80 million. Halden Partners led, joined by Orsk Ventures.",
     ["investment completed: Brisk Compute investee, Halden Partners investor, Orsk Ventures investor | 8e+07 USD once"]),
    # what a company does, told in a relative clause, is no deal beside the main clause's
    # (candidates.habitual_relative_aside)
    ("Orsk Cloud, which leases out accelerators, signed a $700 million contract with Brisk Compute.",
     ["compute announced: Brisk Compute buyer, Orsk Cloud seller | 7e+08 USD once"]),
    # the other side named by its role in the next sentence (discourse.role_noun_sides)
    ("Brisk Compute signed a $600 million agreement for GPU capacity last week. The supplier is Orsk Cloud.",
     ["compute announced: Brisk Compute buyer, Orsk Cloud seller | 6e+08 USD once"]),
    # a deal that only may value what it buys (candidates.deal_valuing)
    ("Halden Partners is in talks to take Orsk Cloud private in a deal that could value it at $900 million.",
     ["acquisition talks: Halden Partners acquirer, Orsk Cloud target"]),
    # control taken or given is an acquisition (triggers.jsonl: gain/take control of, give X control of)
    ("Halden Partners will gain control of Orsk Cloud in a $900 million deal.",
     ["acquisition announced: Halden Partners acquirer, Orsk Cloud target | 9e+08 USD once"]),
    ("The $900 million agreement gives Halden Partners majority control of Orsk Cloud.",
     ["acquisition announced: Halden Partners acquirer, Orsk Cloud target | 9e+08 USD once"]),
    # a bare name that the passage also gives its group is the group's (mentions.short_form_group)
    ("Brisk Enterprises will buy $300 million of servers from Korvane Systems. The Brisk Group, a port operator, "
     "said Brisk would not take part.",
     ["chips announced: Brisk Enterprises buyer, Korvane Systems seller | 3e+08 USD once"]),
    # a second verb phrase of the same subject after 'and has (separately) agreed to' (mentions.shared_subject_trigger)
    ("Brisk Compute will pay Orsk Cloud $90 million a month for capacity, and has separately agreed to buy "
     "accelerators from Korvane Systems.",
     ["compute announced: Brisk Compute buyer, Orsk Cloud seller | 9e+07 USD month",
      "chips announced: Brisk Compute buyer, Korvane Systems seller"]),
    # a name whose last word marks trade nouns ('power purchase') right before the verb (type.name_before_verb)
    ("Orsk Power secured an order to supply 300 MW of electricity to Brisk Compute's campus.",
     ["power announced: Orsk Power seller, Brisk Compute buyer"]),
    # a phrase for a company after a time opener with no comma; 'its' role of the last subject
    # (mentions.time_opener, mentions.its_role)
    ("Brisk Compute designs optical switches. Last week the startup said Halden Partners would invest $90 million.",
     ["investment announced: Halden Partners investor, Brisk Compute investee | 9e+07 USD once"]),
    ("Orsk Cloud rents out accelerators. Its newest customer, Brisk Compute, will pay $150 million for capacity.",
     ["compute announced: Brisk Compute buyer, Orsk Cloud seller | 1.5e+08 USD once"]),
    # a company won or added in a role (triggers.jsonl: 'landed X as its anchor tenant', 'added X as an investor';
    # roles.added_as_investor)
    ("Orsk Data signed Brisk Compute as the anchor tenant of its Ohio campus in a lease worth $600 million.",
     ["datacenter announced: Orsk Data seller, Brisk Compute buyer | 6e+08 USD once"]),
    ("Brisk Compute has added Halden Partners as a strategic investor with a $75 million commitment.",
     ["investment announced: Brisk Compute investee, Halden Partners investor | 7.5e+07 USD once"]),
    # a figure written on after its sign opens no name (mentions.money_not_name)
    ("Orsk Cloud shares jumped after a $600M Brisk Compute contract for GPU capacity.",
     ["compute announced: Brisk Compute buyer, Orsk Cloud seller | 6e+08 USD once"]),
    # 'contract' before a maker's noun is a kind of maker, no contract (type.contract_maker)
    ("Regulators are reviewing Korvane Fab, the contract manufacturer, over its work for Brisk Compute.", []),
    # ', nor' opens a clause of its own (mentions.nor_clause)
    ("Brisk Compute expects to invest $2 billion in new data centres this decade, nor does that count the planned "
     "Orsk Cloud and Korvane Systems joint venture.", []),
    # a goods word ending a name that is the subject stays in the name (mentions.goods_word_subject)
    ("Orsk Chips said it will sell $300 million of accelerators to Brisk Compute over two years.",
     ["chips announced: Orsk Chips seller, Brisk Compute buyer | 3e+08 USD once"]),
    # goods named as a service sold on them are computing rented out (type.goods_as_service)
    ("Orsk Cloud will provide GPU rental worth $250 million to Korvane Labs.",
     ["compute announced: Orsk Cloud seller, Korvane Labs buyer | 2.5e+08 USD once"]),
    # the other side described by its side's noun, not named: the named one takes the opposite role (roles.unnamed_side)
    ("Brisk Compute signed a $700 million lease with a data centre landlord in Virginia.",
     ["datacenter announced: Brisk Compute buyer | 7e+08 USD once"]),
    ("Orsk Cloud has won a four-year, $1.5 billion contract for GPU capacity from an unnamed customer.",
     ["compute announced: Orsk Cloud seller | 1.5e+09 USD once"]),
    # the next sentence says whom the deal just told is with (discourse.deal_is_with)
    ("Korvane Labs will pay $800 million a year for access to GPUs. The contract is with Orsk Cloud.",
     ["compute announced: Korvane Labs buyer, Orsk Cloud seller | 8e+08 USD year"]),
    ("Brisk Compute has agreed to lease a campus in Ohio for $900 million. The deal is with Tarrow Data Centers.",
     ["datacenter announced: Brisk Compute buyer, Tarrow Data Centers seller | 9e+08 USD once"]),
    # leading a round in the present progressive names an investor of the round just told (discourse.lead_to_come)
    ("Korvane Labs is raising $500 million in new funding. Tarrow Capital is leading the round.",
     ["investment announced: Korvane Labs investee, Tarrow Capital investor | 5e+08 USD once"]),
    # 'a deal' with a modal after talks is the deal in talks: its figure is that deal's (discourse.hypothetical_deal)
    ("Korvane Labs is negotiating to rent GPU capacity from Orsk Cloud. Any agreement would be worth more than $3 "
     "billion over five years.",
     ["compute talks: Korvane Labs buyer, Orsk Cloud seller | 3e+09 USD once"]),
    # a supplier chosen ('has chosen X as its chip supplier'; triggers.jsonl): the chooser buys, the chosen sells
    ("Brisk Compute named Korvane Fab as its sole supplier of accelerators for $900 million.",
     ["chips announced: Brisk Compute buyer, Korvane Fab seller | 9e+08 USD once"]),
    # 'computing needs' is a compute cue: a supplier picked for them, the figure in the next sentence
    ("Brisk Compute has picked Orsk Cloud to supply its computing needs. The five-year contract is worth $4 billion.",
     ["compute announced: Brisk Compute buyer, Orsk Cloud seller | 4e+09 USD once"]),
    # a party of the deal just told pays a figure for what the sentence refers back to (discourse.paid_for_it)
    ("Korvane Fab will acquire Brisk Labs, the chip designer. Korvane Fab is paying $800 million for it in cash and "
     "stock.",
     ["acquisition announced: Korvane Fab acquirer, Brisk Labs target | 8e+08 USD once"]),
    # the round drew money from a list whose member is named after its kind (discourse.round_drew,
    # discourse.kind_member)
    ("Korvane Labs raised $300 million. The financing attracted investment from Tarrow Capital and the asset manager "
     "Dunmore Partners.",
     ["investment completed: Korvane Labs investee, Tarrow Capital investor, Dunmore Partners investor | 3e+08 USD once"]),
    # a verb of intent read as a plural noun after an unknown name (mentions.intent_read_as_noun)
    ("QRVN plans to pay Tessaly $400 million for GPU capacity.",
     ["compute announced: QRVN buyer, Tessaly seller | 4e+08 USD once"]),
    # leading a round in the progressive, with the leader's own figure (discourse.lead_share) and before 'The company'
    # (mentions.investor_not_subject)
    ("Korvane Labs has raised $300 million in a Series C round. Tarrow Capital is leading the round with $100 million.",
     ["investment completed: Korvane Labs investee, Tarrow Capital investor | 3e+08 USD once",
      "investment announced: Tarrow Capital investor, Korvane Labs investee | 1e+08 USD once"]),
    ("Korvane Labs raised $1 billion. Tarrow Capital is leading the round. The company also secured a $500 million "
     "credit line from Orsk Bank.",
     ["investment completed: Korvane Labs investee, Tarrow Capital investor | 1e+09 USD once",
      "investment completed: Korvane Labs investee, Orsk Bank investor | 5e+08 USD once"]),
    # a clause after a comma whose verb has an auxiliary ('Orvane has signed ...'; mentions.comma_deal_clause)
    ("Brisk Compute agreed to buy chips from Korvane Fab, Orsk Labs has signed a $12 billion cloud deal with Tarrow "
     "Cloud, and Velo AI raised $400 million from Dunmore Capital.",
     ["chips announced: Brisk Compute buyer, Korvane Fab seller",
      "compute announced: Orsk Labs buyer, Tarrow Cloud seller | 1.2e+10 USD once",
      "investment completed: Velo AI investee, Dunmore Capital investor | 4e+08 USD once"]),
    # 'it' the subject of a passive verb the deal's verb completes stands for the speaker (mentions.speaker_it_passive)
    ("Korvane Labs said it is expected to pay Orsk Cloud $900 million for cloud capacity.",
     ["compute announced: Korvane Labs buyer, Orsk Cloud seller | 9e+08 USD once"]),
    # 'It is expected to ...' after a sentence about a company: it acts (context list it_act_verbs)
    ("Korvane Labs was founded in 2021. It is expected to buy $300 million of GPUs from Orsk Fab.",
     ["chips announced: Korvane Labs buyer, Orsk Fab seller | 3e+08 USD once"]),
    # a day before a name is no first name, and no other side's name (mentions.date_before_name)
    ("Korvane Labs said on Tuesday Tarrow Capital had agreed to invest $2 billion in the company.",
     ["investment announced: Tarrow Capital investor, Korvane Labs investee | 2e+09 USD once"]),
    # 'to' of an infinitive before a name is no oblique on the subject's side either (roles.infinitive_object)
    ("Orsk Fab is expected to supply Brisk Compute with 50,000 accelerators and invest $200 million in the company.",
     ["investment announced: Orsk Fab investor, Brisk Compute investee | 2e+08 USD once",
      "chips announced: Orsk Fab seller, Brisk Compute buyer"]),
    # the phrases between a subject and its verb come from one list (context list modal_phrases)
    ("Brisk Compute signed a contract with Orsk Fab under which Orsk Fab is expected to deliver 10,000 GPUs for "
     "$400 million.",
     ["chips announced: Orsk Fab seller, Brisk Compute buyer | 4e+08 USD once"]),
    # a clause after ', and' whose verb follows 'intends to' (context list clause_verbs; mentions.and_clause)
    ("Brisk Compute agreed to buy Korvane Fab for $900 million, and Orsk Labs intends to acquire Velo AI for $300 "
     "million.",
     ["acquisition announced: Brisk Compute acquirer, Korvane Fab target | 9e+08 USD once",
      "acquisition announced: Orsk Labs acquirer, Velo AI target | 3e+08 USD once"]),
    # after an opener and its comma, an unknown name the parser hangs on the verb is its subject (mentions.opener_subject)
    ("On Friday, Brensly will pay Voranting $500 million for GPU capacity.",
     ["compute announced: Brensly buyer, Voranting seller | 5e+08 USD once"]),
    # the subject's backers describe it after an opener too (context list opener_words; roles.backers_described)
    ("On Tuesday, Brisk Compute, backed by Tarrow Capital and Korvane Fab, signed a $1 billion compute deal with Orsk "
     "Cloud.",
     ["compute announced: Brisk Compute buyer, Orsk Cloud seller | 1e+09 USD once"]),
    # a second subject 'together with' the first, where the parse's frame gives the roles (roles.together_with)
    ("On Tuesday, Brisk Compute, together with Tarrow Capital, will pay Orsk Cloud $900 million for cloud services.",
     ["compute announced: Brisk Compute buyer, Orsk Cloud seller, Tarrow Capital buyer | 9e+08 USD once"]),
    # after an opener, a name the parser reads as an apposition to the opener's noun is the subject
    # (mentions.opener_subject)
    ("In a statement on Monday, Kestrel, the Texas-based data-centre operator, signed a $2 billion lease with Brisk "
     "Compute.",
     ["datacenter announced: Brisk Compute buyer, Kestrel seller | 2e+09 USD once"]),
    ("In a statement on Monday, Brisk Compute and Oskaro have allied to develop and operate data centres in Spain.",
     ["partnership announced: Brisk Compute partner, Oskaro partner"]),
    # the sentence's opening name after an opener, whom 'the company' after it stands for (mentions.antecedent_unfound)
    ("On Tuesday, Quorvell, founded in 2021 by former engineers at Orsk Labs, makes inference chips. The company has "
     "signed a supply agreement with Korvane Fab, which will manufacture the chips.",
     ["chips announced: Quorvell buyer, Korvane Fab seller"]),
    # investors that 'also took part' are no antecedent of 'The company' after them (mentions.investor_not_subject)
    ("Korvane Labs has raised $500 million in a round led by Tarrow Capital. Dunmore Partners also took part. The "
     "company will pay Orsk Cloud $200 million for computing capacity.",
     ["investment completed: Korvane Labs investee, Tarrow Capital investor, Dunmore Partners investor | 5e+08 USD once",
      "compute announced: Korvane Labs buyer, Orsk Cloud seller | 2e+08 USD once"]),
    # a rival that opens a clause after 'after', 'as', 'while' ... is its subject, a party (roles.rival_as_subject)
    ("The contract comes weeks after rival Orsk Compute signed a $2 billion agreement to supply Velo AI with GPU "
     "capacity.",
     ["compute announced: Orsk Compute seller, Velo AI buyer | 2e+09 USD once"]),
    # of two complete frames, one opening a relative clause tells what the name did (roles.relative_frame_aside)
    ("Orsk Cloud, which last year sold a stake to Tarrow Capital, will supply Brisk Compute with GPU capacity worth "
     "$700 million.",
     ["compute announced: Orsk Cloud seller, Brisk Compute buyer | 7e+08 USD once"]),
    # another company's deal after 'follows', with its figure, is told apart (mentions.follows_other_deal)
    ("The contract with Velo AI follows Orsk Cloud's $3 billion agreement with Brisk Labs in March.",
     ["compute announced: Brisk Labs buyer, Orsk Cloud seller | 3e+09 USD once"]),
    # 'it' as the object of a clause a company reports is that company (roles.speaker_it_object, type.it_object)
    ("Brisk Labs, whose customers include Orsk Cloud, said Velo AI will pay it $450 million for GPU capacity.",
     ["compute announced: Brisk Labs seller, Velo AI buyer | 4.5e+08 USD once"]),
    ("Orsk Cloud said on Monday that Tarrow Capital has agreed to acquire it for $2.2 billion.",
     ["acquisition announced: Orsk Cloud target, Tarrow Capital acquirer | 2.2e+09 USD once"]),
    # a round joined by its investors ('joined the Series D of X') or drawing them ("X's round drew A and B"): frames
    # join_round_of, join_series_of, round_drew, series_drew
    ("Tarrow Capital, Brisk Ventures and Lowmoor Partners joined the $2 billion Series D of Velo AI.",
     ["investment announced: Tarrow Capital investor, Brisk Ventures investor, Lowmoor Partners investor, Velo AI "
      "investee | 2e+09 USD once"]),
    ("Velo AI's $2 billion funding round drew Tarrow Capital and Lowmoor Partners.",
     ["investment announced: Velo AI investee, Tarrow Capital investor, Lowmoor Partners investor | 2e+09 USD once"]),
    # warrants inside a trade's sentence: the words 'warrants to buy ... shares' type no deal (discourse.share_options),
    # a pronoun receives them (discourse.warrants_pronoun)
    ("Under the $9 billion agreement, Velo AI will buy Orsk servers, and it will receive warrants to buy 5 million Orsk "
     "shares.",
     ["chips announced: Velo AI buyer, Orsk seller | 9e+09 USD once", "investment announced: Velo AI investor, Orsk investee"]),
    ("Orsk will supply Velo AI with accelerators worth $15 billion and will grant it warrants for up to 8% of its stock.",
     ["chips announced: Orsk seller, Velo AI buyer | 1.5e+10 USD once",
      "investment announced: Velo AI investor, Orsk investee"]),
    # investment words whose money goes into a named company's goods buy them (type.invested_in_goods)
    ("Velo AI will invest $10 billion in computing capacity from Orsk Cloud over four years.",
     ["compute announced: Velo AI buyer, Orsk Cloud seller | 1e+10 USD once"]),
    ("Velo AI will invest $500 million in AI chip startup Orsk.",
     ["investment announced: Velo AI investor, Orsk investee | 5e+08 USD once"]),
    # a partnership's clause 'under which X will host': X's role from its verb (roles.under_which_subject)
    ("Orsk Telecom and Velo AI have entered into a partnership under which Orsk will host Velo's models.",
     ["compute announced: Orsk seller, Velo buyer"]),
    # 'it' with an adverb of time before its verb is still the last subject (mentions.it_subject), also in a clause
    # after ', and' (mentions.and_pronoun_clause)
    ("Velo AI agreed to pay Orsk Cloud $12 billion for GPU capacity. It later signed a $4 billion compute contract "
     "with Brisk Data.",
     ["compute announced: Velo AI buyer, Orsk Cloud seller | 1.2e+10 USD once",
      "compute announced: Velo AI buyer, Brisk Data seller | 4e+09 USD once"]),
    ("Velo AI agreed to pay Orsk Cloud $12 billion for GPU capacity, and it later signed a $4 billion compute "
     "contract with Brisk Data.",
     ["compute announced: Velo AI buyer, Orsk Cloud seller | 1.2e+10 USD once",
      "compute announced: Velo AI buyer, Brisk Data seller | 4e+09 USD once"]),
    # warrants got in a relative clause ('which in turn gets warrants'): the trade and its extra record
    ("Orsk will supply 2 gigawatts of GPUs to Velo AI, which in turn gets warrants for up to 10% of Orsk.",
     ["chips announced: Orsk seller, Velo AI buyer", "investment announced: Velo AI investor, Orsk investee"]),
    # a figure 'in X contracts' got by the subject: X the customer (mentions.figure_deal_compound); 'while' and a new
    # subject with a deal of its own (mentions.while_clause)
    ("Orsk Cloud has booked more than $3 billion of Velo orders.",
     ["compute announced: Velo buyer, Orsk Cloud seller | 3e+09 USD once"]),
    ("Orsk Cloud won $2 billion in Velo contracts while Brisk Capital invested $400 million in Tarrow Labs.",
     ["compute announced: Orsk Cloud seller, Velo buyer | 2e+09 USD once",
      "investment completed: Brisk Capital investor, Tarrow Labs investee | 4e+08 USD once"]),
    # warrants given 'in exchange for buying' the grantor's goods: the trade too (discourse.warrants_exchange)
    ("Velo AI gets warrants for a 10% stake in Orsk Chips in exchange for buying 2 gigawatts of its accelerators.",
     ["investment announced: Velo AI investor, Orsk Chips investee",
      "chips announced: Velo AI buyer, Orsk Chips seller"]),
    # a pledge made before, referred to after a deal, lends it no figure (discourse.earlier_pledge); a name with its
    # abbreviation before a noun of capacity is the goods (mentions.abbreviated_goods)
    ("Velo AI signed a cloud agreement with Orsk Cloud. The deal builds on a pledge it made last year to spend $20 "
     "billion on American data centres.",
     ["compute announced: Velo AI buyer, Orsk Cloud seller"]),
    ("Orsk Cloud will provide Velo AI with 50,000 units of Quantum Lattice Engine (QLE) capacity under a $2 billion "
     "contract.",
     ["compute announced: Orsk Cloud seller, Velo AI buyer | 2e+09 USD once"]),
    # revenue an agreement brings in is what it is worth (mentions.contract_revenue); a renting verb with a site for
    # its second object rents out (roles.rent_out_site)
    ("The contract with Velo AI will bring Orsk Data about $2 billion in revenue.",
     ["partnership announced: Velo AI partner, Orsk Data partner | 2e+09 USD once"]),
    ("Orsk Holdings will lease Velo Data the land for its new campus.",
     ["datacenter announced: Orsk Holdings seller, Velo Data buyer"]),
    # a figure that measures a joint undertaking ('a $10 billion collaboration') says the deal is the partnership,
    # whatever purchases it includes (type.figure_noun)
    ("Orsk said in May it formed a $10 billion collaboration with Velo AI that included purchases of Orsk's AI chips.",
     ["partnership announced: Orsk partner, Velo AI partner | 1e+10 USD once"]),
    # two clauses with the same verb and their own subjects: both subjects on one side (roles.parallel_subject); a
    # name after 'its' before goods is the goods' name (mentions.owned_goods_name)
    ("Orsk will provide $2 billion of networking gear to Velo AI and Brisk will provide its ZX9 AI chips.",
     ["chips announced: Orsk seller, Velo AI buyer | 2e+09 USD once"]),
    ("For the first phase, Orsk will provide networking gear and Brisk will provide its ZX9 AI chips.", []),
    # investors of the round just told, named after it: 'raised the funds from investors ...'
    # (discourse.raised_the_funds), 'A and B, strategic investors in the round, ...' (discourse.investor_apposition);
    # a valuation that 'leapt to' a figure is no deal amount (money.yaml change_verbs)
    ("Velo AI has raised $5 billion in a round backed by Orsk Capital. The company raised the money from investors "
     "Brisk Partners and Tarrow Group.",
     ["investment completed: Velo AI investee, Orsk Capital investor, Brisk Partners investor, Tarrow Group investor "
      "| 5e+09 USD once"]),
    ("Velo AI has raised $5 billion in a Series C round. Orsk Capital and Brisk Partners, lead investors in the "
     "round, said they would keep backing it.",
     ["investment completed: Velo AI investee, Orsk Capital investor, Brisk Partners investor | 5e+09 USD once"]),
    ("Today Velo AI's valuation has leapt to $8 billion, thanks to a $2 billion round led by Orsk Capital.",
     ["investment announced: Velo AI investee, Orsk Capital investor | 2e+09 USD once"]),
    # a business unit named before goods and 'unit' is the company sold, no maker (roles.unit_not_maker)
    ("Orsk has agreed to sell a 60% stake in its Velo chip division to Brisk Partners for $2 billion.",
     ["acquisition announced: Velo target, Brisk Partners acquirer | 2e+09 USD once"]),
    # 'it' as the subject of a copula with a deal noun is the deal just told (discourse.it_is_deal)
    ("Orsk Energy and Velo Data Centres have allied to develop data centres across Portugal. With investments of "
     "about $3 billion, it is the biggest partnership of its kind in the country.",
     ["partnership announced: Orsk Energy partner, Velo Data Centres partner | 3e+09 USD once"]),
    # capacity named by how it generates is electricity ('500 MW of new nuclear capacity'; cues.yaml strong power cues)
    ("Orsk Power's deal with Velo AI covers 500 MW of new nuclear capacity by 2035.",
     ["power announced: Velo AI buyer, Orsk Power seller"]),
    # a warrant's own clause names its receiver, also in a sentence about the deal just told (discourse.warrant_clause);
    # an option to purchase goods is no share option
    ("Velo AI and Orsk announced a deal for 2 gigawatts of Orsk GPUs. The deal is worth up to $20 billion and "
     "includes a warrant that could give Velo AI up to 5% of Orsk's stock.",
     ["chips announced: Velo AI buyer, Orsk seller | 2e+10 USD once", "investment announced: Velo AI investor, Orsk "
      "investee"]),
    ("Velo AI signed a $3 billion cloud agreement with Orsk Cloud. The deal gives Velo AI the option to purchase up "
     "to 500 megawatts of computing capacity over three years.",
     ["compute announced: Velo AI buyer, Orsk Cloud seller | 3e+09 USD once"]),
    # agreements of their own beside the deal told: contracts under a framework (discourse.contracts_under), an
    # earlier agreement told by its size (discourse.earlier_terms); merging keeps them apart
    ("Orsk Energy and Velo AI signed a framework agreement to deliver up to 2,000 megawatts of hydroelectric power. "
     "The first contracts under this agreement, valued at about $1 billion, cover a 400 MW plant.",
     ["power announced: Velo AI buyer, Orsk Energy seller", "power announced: Velo AI buyer, Orsk Energy seller | 1e+09 "
      "USD once"]),
    ("Velo AI has exercised an option to lease more data centre capacity under the previously announced 150 MW hosting "
     "contract with Orsk Data.",
     ["datacenter completed: Velo AI buyer, Orsk Data seller", "datacenter completed: Velo AI buyer, Orsk Data seller"]),
    # a round of 'its' that another company leads or joins is the last subject's (mentions.its_round)
    ("Velo AI builds chips for robots. Orsk Ventures joined its $60 million funding round.",
     ["investment announced: Orsk Ventures investor, Velo AI investee | 6e+07 USD once"]),
    # leading still to come with the round unsaid, or in talks to lead it (discourse.lead_unsaid)
    ("Velo AI is in talks to raise $90 million, people familiar with the matter said. Orsk Ventures is expected to "
     "lead.",
     ["investment talks: Velo AI investee, Orsk Ventures investor | 9e+07 USD once"]),
    # a one-sided trade that points back to a deal takes its other side from the sentence before
    # (discourse.agreement_before)
    ("The contract makes Orsk Systems the main supplier to Velo AI. Under the agreement, Velo AI will pay $700 million "
     "for servers over two years.",
     ["chips announced: Velo AI buyer, Orsk Systems seller | 7e+08 USD once"]),
    # a trade role of the other company's in an apposition right after a name (roles.role_apposition), 'its' for
    # the last subject there (mentions.its_role_apposition)
    ("Orsk Systems, Velo AI's main chip supplier, will sell it $400 million of accelerators.",
     ["chips announced: Orsk Systems seller, Velo AI buyer | 4e+08 USD once"]),
    ("Orsk Cloud runs data centres in Finland. Velo AI, its largest customer, will pay $250 million a year for "
     "capacity.",
     ["compute announced: Velo AI buyer, Orsk Cloud seller | 2.5e+08 USD year"]),
    # an adverb opening the sentence without a comma is no word of the name after it (cues.yaml not_org_words)
    ("Velo AI makes sensors. Now Orskvale has raised $80 million from Tarrow Capital.",
     ["investment completed: Orskvale investee, Tarrow Capital investor | 8e+07 USD once"]),
    # after a round, later names with a verb of putting money in of their own are co-investors with their shares
    # (roles.shares_own_verb)
    ("Velo AI closed a $90 million round. Orsk Ventures contributed $30 million, and Tarrow Capital put in $20 million.",
     ["investment completed: Velo AI investee, Orsk Ventures investor, Tarrow Capital investor | 9e+07 USD once",
      "investment announced: Orsk Ventures investor, Velo AI investee | 3e+07 USD once",
      "investment announced: Tarrow Capital investor, Velo AI investee | 2e+07 USD once"]),
    # 'Backing came from ...': the noun alone opening the sentence names the round's investors
    # (discourse.backing_came_from)
    ("Velo AI has closed a $75 million Series A. Backing came from Orsk Ventures and Tarrow Capital.",
     ["investment completed: Velo AI investee, Orsk Ventures investor, Tarrow Capital investor | 7.5e+07 USD once"]),
    # a deal told of one company, then its other side in a sentence that points back to it
    # (discourse.deal_told_across)
    ("Velo AI struck a deal on Tuesday. Under the seven-year pact, valued at $900 million, Orsk Systems will supply "
     "servers.",
     ["chips announced: Orsk Systems seller, Velo AI buyer | 9e+08 USD once"]),
    # 'with X as the provider': the phrase says what the name is, it refers back to no one (mentions.anaphor_as_role)
    ("Velo AI opened an office in Lyon. In May it signed a $600 million cloud contract, with Orsk Cloud as the "
     "provider.",
     ["compute announced: Velo AI buyer, Orsk Cloud seller | 6e+08 USD once"]),
    # the recogniser's entity running on past a possessive: the owner's name ends there
    # (mentions.possessive_in_entity)
    ("Brimoral will supply power to Velkara's Granite Hollow facility under a $200 million contract.",
     ["power announced: Brimoral seller, Velkara buyer | 2e+08 USD once"]),
    # a project's name is no company (slots.yaml not_org_firsts)
    ("Brimoral will invest $300 million in Velkara's Project Tamarind, a data centre in Ohio.",
     ["investment announced: Brimoral investor, Velkara investee | 3e+08 USD once"]),
    # a site's name in the reported clause is no other side; the speaker is (mentions.site_name_not_side)
    ("Brimoral said Velkara will pay $450 million for computing capacity at its Copperfield campus.",
     ["compute announced: Velkara buyer, Brimoral seller | 4.5e+08 USD once"]),
    # 'will use X's GPUs': the user rents computing from the goods' owner (a compute trigger, triggers.jsonl)
    ("Brimoral and Velkara signed a $700 million contract, under which Velkara will use Brimoral's GPUs.",
     ["compute announced: Velkara buyer, Brimoral seller | 7e+08 USD once"]),
    # whom a financed site is built for puts no money in (roles.built_for_tenant)
    ("Velo AI closed a $600 million credit facility from Orsk Bank to develop a campus for Tarrow Labs.",
     ["investment completed: Velo AI investee, Orsk Bank investor | 6e+08 USD once"]),
    # 'A and B were joined by C' after a round: all its investors (discourse.joined_by)
    ("Velo AI has closed a $45 million Series A. Orsk Ventures and Kelvane were joined by new investor Tarrow "
     "Capital.",
     ["investment completed: Velo AI investee, Orsk Ventures investor, Kelvane investor, Tarrow Capital investor | "
      "4.5e+07 USD once"]),
    # 'is said to have raised': a hedge of hearsay reports the deal (cues.yaml status_cues, guideline 9)
    ("Velo AI is said to have raised $70 million from Orsk Ventures.",
     ["investment reported: Velo AI investee, Orsk Ventures investor | 7e+07 USD once"]),
    # 'it' right before the trigger, whatever the verb (mentions.it_before_trigger)
    ("Velo AI backed Orsk Robotics in 2023. In March it poured $90 million more into Tarrow Labs.",
     ["investment completed: Velo AI investor, Tarrow Labs investee | 9e+07 USD once"]),
    # 'and', a new subject and a verb after 'will': two clauses, two deals (mentions.and_clause_auxiliary)
    ("Orsk Cloud will rent GPUs to Velo AI for $300 million and Tarrow Power will sell electricity to Kelvane Data for "
     "$90 million.",
     ["compute announced: Orsk Cloud seller, Velo AI buyer | 3e+08 USD once",
      "power announced: Tarrow Power seller, Kelvane Data buyer | 9e+07 USD once"]),
    # the kind the passage describes an unknown company with gives the direction of an undirected trade
    # (mentions.kind_from_description)
    ("Velkor, a data-centre operator in Finland, is expanding. Velkor and Brimoral signed a $500 million hosting "
     "agreement.",
     ["datacenter announced: Brimoral buyer, Velkor seller | 5e+08 USD once"]),
    # a company's valuation ('which was valued at') is no amount, even where the sentence before is near
    ("Orsk Cloud will provide Velo AI with chips. Velo AI, which was valued at $9 billion in its last funding round, "
     "also uses cloud services from Tarrow Cloud.", []),
    # a name before a gerund of making a deal is its subject, even after a preposition (roles.gerund_subject)
    ("The deal comes on the heels of Brimoral (BRM) striking a partnership to supply 500 MW of power to Velkara (VLK).",
     ["power announced: Brimoral seller, Velkara buyer"]),
    # capacity in watts from a company of sites, no goods named: a data-centre lease (type.megawatt_site)
    ("Velo AI rents out GPUs in Europe. It has agreed to lease 30 megawatts of capacity from data centre operator "
     "Orsk Sites for $150 million.",
     ["datacenter announced: Velo AI buyer, Orsk Sites seller | 1.5e+08 USD once"]),
    # capitals the gazetteer gives as a company's own name are its common form (merging.gazetteer_capitals)
    ("Orvanta Labs will pay American Electric Power $300 million for electricity from its Ohio plants over ten "
     "years, AEP said on Monday.",
     ["power announced: Orvanta Labs buyer, AEP seller | 3e+08 USD once"]),
    # ... and so is the gazetteer's name set in capitals, beside a former name (merging.gazetteer_capitals)
    ("Velo AI has signed a $500 million contract for GPU capacity with Iris Energy. IREN will supply the chips from "
     "its Texas site.",
     ["compute announced: Velo AI buyer, IREN seller | 5e+08 USD once"]),
    # ... but not a ticker standing beside another company's name, nor a whole name set in capitals
    ("The deal follows Orsk Energy striking a partnership to supply 500 MW of power to Velkara (META). Velkara will "
     "use it in Ohio.",
     ["power announced: Orsk Energy seller, Velkara buyer"]),
    ("VELKARA DIGITAL will lease a data center to Orsk Cloud for $2 billion. Velkara Digital said the site opens in "
     "2027.",
     ["datacenter announced: Velkara Digital seller, Orsk Cloud buyer | 2e+09 USD once"]),
    # a speaker and the reported clause's subject, with when and where it was said between (roles.speaker_other_side)
    ("Velmora Systems said Tuesday that Kavala Capital will buy $150 million of its chips.",
     ["chips announced: Kavala Capital buyer, Velmora Systems seller | 1.5e+08 USD once"]),
    ("Orsk Labs said in a statement on Monday the Kavala Economic Development Board will invest $150 million in its "
     "new plant.",
     ["investment announced: Kavala Economic Development Board investor, Orsk Labs investee | 1.5e+08 USD once"]),
    # an institution's 'of' or 'for' phrase is part of its name; after an 'and', one word only (mentions.institution_of)
    ("The Kavala Fund for Strategic Investment will invest $500 million in Velmora Systems.",
     ["investment announced: Kavala Fund for Strategic Investment investor, Velmora Systems investee | 5e+08 USD once"]),
    ("The Orsk Investment Authority of Kavala will invest $500 million in Velmora Systems.",
     ["investment announced: Orsk Investment Authority of Kavala investor, Velmora Systems investee | 5e+08 USD once"]),
    ("Velmora Systems secured a $300 million loan from Norvik Bank of Kavala and Orsk Capital.",
     ["investment completed: Velmora Systems investee, Norvik Bank of Kavala investor, Orsk Capital investor | "
      "3e+08 USD once"]),
    # money borrowed from a lender: debt financing into the borrower (triggers.jsonl, with 'receive ... from')
    ("Velmora Systems borrowed $300 million from Norvik Bank to build its plant.",
     ["investment completed: Velmora Systems investee, Norvik Bank investor | 3e+08 USD once"]),
    # investors added to the round whose owner the sentence names, not to a rival's told since
    # (discourse.round_owner_named); the 'and' of the list ends no name
    ("Quorra said it has closed a $90 million round. Talbrook AI, a rival, raised $40 million in March. Investors in "
     "Quorra's round included Fenwick Growth and Marlow Fund.",
     ["investment completed: Quorra investee, Fenwick Growth investor, Marlow Fund investor | 9e+07 USD once",
      "investment completed: Talbrook AI investee | 4e+07 USD once"]),
    # a describing word that opens the sentence describes the name after it (mentions.opening_descriptor)
    ("Investor Harrowgate led the $30 million round in Quorra.",
     ["investment announced: Harrowgate investor, Quorra investee | 3e+07 USD once"]),
    # semicolons between the items of a list of names end no clause (mentions.semicolon_list); an owner named in a
    # member's description is no investor (discourse.member_owner); a semicolon before a clause still ends one
    ("Quorra said it has closed a $90 million round. Backers in the round included Fenwick Growth; Marlow Fund, a unit "
     "of Tarrow Bank; and Oakmere Partners.",
     ["investment completed: Quorra investee, Fenwick Growth investor, Marlow Fund investor, Oakmere Partners investor "
      "| 9e+07 USD once"]),
    ("Velmora will buy $300 million of chips from Orsk Systems; Harrowgate Capital, its rival, declined to comment.",
     ["chips announced: Velmora buyer, Orsk Systems seller | 3e+08 USD once"]),
    # goods in another company's sites: it provides them, their maker names them (roles.goods_in_site); access to
    # GPUs is computing bought, not chips (triggers.jsonl 'access to ... GPUs')
    ("Orsk Cloud has signed a five-year agreement worth $4.2 billion. Under the contract, Velmora AI will get access "
     "to GPUs in Orsk's Texas data centres.",
     ["compute announced: Velmora AI buyer, Orsk seller | 4.2e+09 USD once"]),
    ("Tarrow Labs gained access to Kessel accelerators at Brimoral Compute's Ohio campus through a $700 million deal.",
     ["compute announced: Tarrow Labs buyer, Brimoral Compute seller | 7e+08 USD once"]),
    # the possessor of an order placed it; an order 'from' a customer that a supplier won keeps its reading
    # (roles.order_owner)
    ("Brimoral Labs' $450 million server order from Tessaly Systems will be delivered next year.",
     ["chips announced: Brimoral Labs buyer, Tessaly Systems seller | 4.5e+08 USD once"]),
    ("Tessaly Systems won a $450 million server order from Brimoral Labs.",
     ["chips announced: Tessaly Systems seller, Brimoral Labs buyer | 4.5e+08 USD once"]),
    ("Velmora's unit won a $300 million server order from Orsk Labs.",
     ["chips announced: Velmora seller, Orsk Labs buyer | 3e+08 USD once"]),
    # a deal for a company buys it (type.deal_for_company); a deal for a company to supply goods does not
    ("Halvern Partners agreed a $2.3 billion deal for Tessaly Networks on Monday.",
     ["acquisition announced: Halvern Partners acquirer, Tessaly Networks target | 2.3e+09 USD once"]),
    ("Velmora signed a $4 billion deal for Orsk Cloud to supply GPUs over five years.",
     ["compute announced: Orsk Cloud seller, Velmora buyer | 4e+09 USD once"]),  # (a cloud's goods for a term)
    # an offer turned away is no deal (cues.yaml negated); the one an offer comes from offers to buy
    # (roles.offer_agent)
    ("Tessaly Labs declined an offer from Brimoral Capital to buy the company for $2 billion.", []),
    ("Tessaly Labs is weighing a bid from Brimoral Capital to acquire the company for $2 billion.",
     ["acquisition talks: Tessaly Labs target, Brimoral Capital acquirer | 2e+09 USD once"]),
    # a deal told without direction takes the direction of the next sentence about it (discourse.side_told_after)
    ("Velmora signed a 15-year power purchase agreement with Kestrel Power. Under the agreement, Kestrel Power will "
     "buy all the output of the Orsk wind farm.",
     ["power announced: Velmora seller, Kestrel Power buyer"]),
    ("Velmora signed a 15-year agreement with Kestrel for power. Under the deal, Kestrel will supply 300 MW to "
     "Velmora's data centres.",
     ["power announced: Velmora buyer, Kestrel seller"]),
    # who manufactures goods for a company sells them to it (triggers.jsonl: 'manufacture ... for' as seller_first)
    ("Tarnwell has reached a preliminary agreement to manufacture chips for Quorvane, according to people familiar "
     "with the matter.",
     ["chips reported: Tarnwell seller, Quorvane buyer"]),
    # a capitalised epithet in apposition to a name is no company (mentions.epithet_apposition)
    ("Velkara, the Tech Giant, will pay Orsk Cloud $2 billion for computing capacity.",
     ["compute announced: Velkara buyer, Orsk Cloud seller | 2e+09 USD once"]),
    # who exercises an option to contract for more takes it (triggers.jsonl 'exercised its option to', buyer first);
    # a time word before the verb of saying still makes a speaker (roles.speaker_other_side)
    ("Ostrel Data today announced that Velkara has exercised its final option to contract for additional capacity.",
     ["compute completed: Velkara buyer, Ostrel Data seller"]),
    ("Orsk Cloud today said Velmora will buy $300 million of its chips.",
     ["chips announced: Velmora buyer, Orsk Cloud seller | 3e+08 USD once"]),
    # an unnamed buyer described with commas between its words (roles UNNAMED_COUNTERPARTY; context unnamed_parties)
    ("Tessaly Power said it has entered into a 20-year power purchase agreement with a large, investment grade "
     "company, under which it has agreed to supply to the customer 800 MW of power.",
     ["power announced: Tessaly Power seller"]),
    # a future date is no history (context news_now_words: 'due in 2027'); capacity in watts at a site is a data
    # centre's (type.megawatt_at_site), GPU capacity there computing
    ("Pemberly Systems agreed to supply up to 6 gigawatts of accelerators to Quessa AI, with the first gigawatt due "
     "in 2027.",
     ["chips announced: Pemberly Systems seller, Quessa AI buyer"]),
    ("Velmora will pay Kintra $4 billion for 300 MW of capacity at its Abilene site.",
     ["datacenter announced: Velmora buyer, Kintra seller | 4e+09 USD once"]),
    ("Velmora will rent 300 MW of GPU capacity at Kintra's Abilene data centre for $4 billion.",
     ["compute announced: Velmora buyer, Kintra seller | 4e+09 USD once"]),
    # a cloud's agreement with a figure, its customer only described, is computing (type.name_kind_fallback)
    ("Norwick Cloud signed a five-year agreement worth $12 billion with a large AI developer.",
     ["compute announced: Norwick Cloud seller | 1.2e+10 USD once"]),
    # no comment on whether a deal will be made is no deal; no comment on its terms withholds details only
    # (candidates.withheld)
    ("Velmora declined to comment on whether it would invest in Tarvell Labs.", []),
    ("Velmora will invest $500 million in Tarvell Labs, but declined to comment on the terms.",
     ["investment announced: Velmora investor, Tarvell Labs investee | 5e+08 USD once"]),
    # a round told by its letter or led in the passive is the round of the company just said to raise
    # (discourse.round_by_letter)
    ("Quessa AI is raising a new round. Harlow Ventures led the $1.5 billion Series D.",
     ["investment announced: Quessa AI investee, Harlow Ventures investor | 1.5e+09 USD once"]),
    ("Quessa AI is raising a new round. The $1.5 billion round was led by Harlow Ventures and Brisket Capital.",
     ["investment announced: Quessa AI investee, Harlow Ventures investor, Brisket Capital investor | 1.5e+09 USD "
      "once"]),
    # the other side of a deal named in the next sentence, after 'with' (discourse.deal_with_after)
    ("Velmora signed a $2 billion partnership agreement on Monday. The agreement, with Orsk Labs, covers research and "
     "chips.",
     ["partnership announced: Velmora partner, Orsk Labs partner | 2e+09 USD once"]),
    ("Velmora has agreed to a $10 billion computing deal. The contract with Norwick Cloud runs for five years.",
     ["compute announced: Velmora buyer, Norwick Cloud seller | 1e+10 USD once"]),
    # 'has secured $N.' alone is money raised (triggers.jsonl); the round's leader and those taking part with it
    # invest (roles.co_investors_only with 'with X participating'; roles.with_absolute_co_investor)
    ("Quessa AI has secured $400 million. Harlow Ventures led the financing, with Brisket Capital participating.",
     ["investment completed: Quessa AI investee, Harlow Ventures investor, Brisket Capital investor | 4e+08 USD "
      "once"]),
    ("Quessa AI has raised $400 million. Harlow Ventures led the round, with Brisket Capital also investing.",
     ["investment completed: Quessa AI investee, Harlow Ventures investor, Brisket Capital investor | 4e+08 USD "
      "once"]),
    # the other side named by its role noun in the next sentence, with the figure (discourse.role_named_after)
    ("Kintra Data has agreed to sell its Ohio campus. The buyer, Velmora, will pay $900 million.",
     ["datacenter announced: Kintra Data seller, Velmora buyer | 9e+08 USD once"]),
    # money received under an agreement of trade is a sale's price, under an investment agreement funding
    # (type.received_under_trade)
    ("Altrone Energy will receive $2 billion from Velmora under a 20-year power purchase agreement.",
     ["power announced: Altrone Energy seller, Velmora buyer | 2e+09 USD once"]),
    ("Dravo will receive $500 million from Harlow Ventures under the investment agreement.",
     ["investment announced: Dravo investee, Harlow Ventures investor | 5e+08 USD once"]),
    # land or a site bought is a datacenter deal (type.land_bought; guideline 5)
    ("Kintra Data bought 300 acres of land from Altrone Energy for $120 million.",
     ["datacenter completed: Kintra Data buyer, Altrone Energy seller | 1.2e+08 USD once"]),
    # 'the purchase of' / 'the sale of' a site as the object of a verb of the subject's own deal keeps its direction
    # (type.deed_noun; the trigger 'sale of its campus to')
    ("Marrow Capital completed the purchase of a 40-acre site near Leeds from Bexley Power for $75 million.",
     ["datacenter completed: Marrow Capital buyer, Bexley Power seller | 7.5e+07 USD once"]),
    ("Tessaly agreed to the sale of its Arizona campus to Quarnell for $650 million.",
     ["datacenter announced: Tessaly seller, Quarnell buyer | 6.5e+08 USD once"]),
    # a co-investor cue names a funder whatever the recogniser's label (mentions.co_investor_named); two names joined
    # by 'and' in one entity are two (mentions.names_joined)
    ("Tessaly Robotics raised $20 million in a seed round led by Ostrivane Capital, with participation from Dravo.",
     ["investment completed: Tessaly Robotics investee, Ostrivane Capital investor, Dravo investor | 2e+07 USD once"]),
    ("Tessaly Robotics raised $20 million in a round led by Ostrivane Capital, with participation from Dravo and"
     " Harlow.",
     ["investment completed: Tessaly Robotics investee, Ostrivane Capital investor, Dravo investor, Harlow investor"
      " | 2e+07 USD once"]),
    # watts supplied to a site are power; watts of a campus let to a company named stay a site's
    # (type.watts_destination)
    ("Brisa Energy agreed to supply 800 MW to a new AI campus that Quorvane is building in Nevada.",
     ["power announced: Brisa Energy seller, Quorvane buyer"]),
    ("Kintra Data will supply 500 MW to Velmora at its Ohio data centre campus under a 15-year lease.",
     ["datacenter announced: Kintra Data seller, Velmora buyer"]),
    # a phrase of time whose noun is a deal with a figure is a deal of its own, the subject's
    # (mentions.time_noun_clause)
    ("Tessaly agreed to buy $900 million of servers from Kordana Systems, weeks after its $300 million Series B round"
     " led by Harlow Ventures.",
     ["chips announced: Tessaly buyer, Kordana Systems seller | 9e+08 USD once",
      "investment announced: Tessaly investee, Harlow Ventures investor | 3e+08 USD once"]),
    # a company given a worth is the one whose round the next sentence's investors lead (discourse.valued_raiser);
    # several investors lead a round told by its figure (discourse.round_led_subjects)
    ("The financing gives Dorrin AI a valuation of $2 billion. The $250 million round was led by Kordana Partners.",
     ["investment announced: Dorrin AI investee, Kordana Partners investor | 2.5e+08 USD once"]),
    ("Tessaly is raising new funds. Kordana Partners and Vantrix Capital led the $80 million round.",
     ["investment announced: Tessaly investee, Kordana Partners investor, Vantrix Capital investor | 8e+07 USD once"]),
    # a passive buying verb with no agent makes its subject the company bought (type.passive_bought); the buyer named
    # next, as a group's lead (discourse.role_noun_group) or by the role noun 'acquirer' (context list buyer_nouns)
    ("Dorrin Systems has agreed to be bought for $640 million. The buyer is an investor group led by Kordana Partners.",
     ["acquisition announced: Dorrin Systems target, Kordana Partners acquirer | 6.4e+08 USD once"]),
    ("Velmora Energy agreed to be acquired for $3 billion. The acquirer is Halvern Infrastructure, the company said.",
     ["acquisition announced: Velmora Energy target, Halvern Infrastructure acquirer | 3e+09 USD once"]),
    # a bare deal after a sentence of its company trading goods trades those goods (discourse.goods_told_before)
    ("Ostrel AI plans to rent more GPU capacity this year. On Tuesday it struck a $1.2 billion deal with Dorrin Cloud.",
     ["compute announced: Ostrel AI buyer, Dorrin Cloud seller | 1.2e+09 USD once"]),
    # an unknown opening word the tagger reads as an adverb, then a company described: the name
    # (mentions.described_opener)
    ("Vessly, the chip designer spun out of Marrow Group, agreed to supply 20,000 accelerators to Dorrin Cloud for"
     " $600 million.",
     ["chips announced: Vessly seller, Dorrin Cloud buyer | 6e+08 USD once"]),
    # 'backed by' after a noun in apposition describes the owners; the backer is no party (type.backed_description)
    ("Tessaly, the cloud provider backed by Marlowe Capital, signed a $700 million contract with Quarnell.",
     ["compute announced: Quarnell buyer, Tessaly seller | 7e+08 USD once"]),
    # the owner of a unit named right after it is no party (roles.unit_owner); a name's first word inside another
    # company's whole name does not stand alone (mentions.short_form_other_name)
    ("Velmora Group's data centre unit Kestrel Sites signed a $1.2 billion lease with Ostrel AI.",
     ["datacenter announced: Ostrel AI buyer, Kestrel Sites seller | 1.2e+09 USD once"]),
    ("Marrow Labs will buy Brenlow Energy's cloud unit, Brenlow Compute, for $250 million.",
     ["acquisition announced: Marrow Labs acquirer, Brenlow Compute target | 2.5e+08 USD once"]),
    # a grant or subsidy awarded to a company is funding into it (cues.yaml; the trigger 'award/give ... grant'); the
    # verb 'grant' is no such cue
    ("The Ostrava Ministry of Industry awarded Kelmar Semiconductor a $90 million grant to expand its fab.",
     ["investment announced: Ostrava Ministry of Industry investor, Kelmar Semiconductor investee | 9e+07 USD once"]),
    ("Norwick Cloud will grant Quessa AI access to 10,000 GPUs under a $900 million contract.",
     ["compute announced: Quessa AI buyer, Norwick Cloud seller | 9e+08 USD once"]),
    # a price per megawatt-hour says electricity is traded; a rate is no amount (cues.yaml power)
    ("Under the terms, Norwick Cloud will pay Altrone Energy $80 per megawatt-hour for 20 years.",
     ["power announced: Norwick Cloud buyer, Altrone Energy seller"]),
    # the verb 'power' with a site as its object sells electricity (type.powers_site); 'taps X for $N' and a project
    # noun hires X, it raises no money (the trigger 'taps ... for $N' stands aside)
    ("Kestrel Renewables will power Tessaly's new data centre campus in Ohio under a 15-year agreement.",
     ["power announced: Tessaly buyer, Kestrel Renewables seller"]),
    ("Ostrel AI taps Dorrin Data for $1 billion data centre project",
     ["datacenter announced: Ostrel AI buyer, Dorrin Data seller | 1e+09 USD once"]),
    # 'Under it,' points back to the deal the sentence before names by its noun (discourse.under_it)
    ("Dorrin Cloud announced a new supply contract. Under it, Ostrel AI will buy 5,000 GPUs for $250 million.",
     ["chips announced: Ostrel AI buyer, Dorrin Cloud seller | 2.5e+08 USD once"]),
    # an investment its announcer makes is no money it raised (type.announced_investment); one from a named investor is
    ("Tessaly announced a $1 billion investment on Thursday.", []),
    ("Quessa AI announced a $300 million investment from Harlow Ventures.",
     ["investment announced: Quessa AI investee, Harlow Ventures investor | 3e+08 USD once"]),
    # the side whose operations or sites a later sentence says the deal will serve buys (discourse.served_side);
    # capacity named by how it generates is electricity
    ("Pexwood Partners and Norwick signed a power purchase agreement for 400 MW. The electricity will power Norwick's "
     "data centres in Texas.", ["power announced: Pexwood Partners seller, Norwick buyer"]),
    ("Kestrel Hydro and Tessaly signed an agreement to deliver 800 MW of hydroelectric capacity.",
     ["power announced: Tessaly buyer, Kestrel Hydro seller"]),
    # two unknown names joined by 'and' open the sentence: both are the subject (mentions.name_norm_joined)
    ("Brisko and Tessaly signed a supply agreement under which Brisko will sell 2,000 accelerators.",
     ["chips announced: Brisko seller, Tessaly buyer"]),
    # a deal whose two sides came before its verb takes its direction from a clause or a sentence after it that opens
    # on one side paying or supplying (discourse.side_clause, discourse.side_opens_after)
    ("Orlin and Dessamy signed a five-year cloud agreement, and Dessamy will supply 4,000 GPUs of capacity.",
     ["compute announced: Orlin buyer, Dessamy seller"]),
    ("Orlin and Dessamy signed a five-year power purchase agreement. Dessamy will buy 300 MW from the new plant.",
     ["power announced: Orlin seller, Dessamy buyer"]),
    # a deal whose two sides came before its verb takes its direction from what the deal does for one side: hosting
    # or running its machines, giving it access; from the role noun the sentence gives one side (discourse.served_side,
    # discourse.access_given, discourse.role_noun_predicate)
    ("Orlin and Dessamy struck a seven-year hosting agreement. Under the deal, Orlin will host Dessamy's servers at its "
     "Nevada campus.", ["datacenter announced: Orlin seller, Dessamy buyer"]),
    ("Orlin and Dessamy have entered into a $600 million agreement under which Orlin's data centres will run Dessamy's "
     "workloads.", ["datacenter announced: Orlin seller, Dessamy buyer | 6e+08 USD once"]),
    ("Orlin and Dessamy signed a ten-year power agreement, with Orlin as the supplier of 400 MW.",
     ["power announced: Orlin seller, Dessamy buyer"]),
    # ... and an investment told without a direction takes it from the side that will use the money
    # (discourse.money_used) or the side whose investor the other becomes (discourse.role_noun_owner)
    ("Dessamy and Orlin agreed a $400 million investment. Orlin plans to use the proceeds to build a campus in Ohio.",
     ["investment announced: Dessamy investor, Orlin investee | 4e+08 USD once"]),
    ("Dessamy and Orlin agreed a $400 million investment deal. Orlin becomes Dessamy's anchor investor.",
     ["investment announced: Orlin investor, Dessamy investee | 4e+08 USD once"]),
    # the company a deal gives a stake invests, whatever the word order made of the sentence (discourse.stake_given)
    ("The deal between Orlin and Dessamy gives Orlin a 20% stake in the startup for $250 million.",
     ["investment announced: Orlin investor, Dessamy investee | 2.5e+08 USD once"]),
    # becoming another's wholly owned subsidiary is being bought; becoming its largest shareholder is an investment
    ("Under the agreement between Orlin and Dessamy, Dessamy becomes a wholly owned subsidiary of Orlin for $1.5 "
     "billion.", ["acquisition announced: Orlin acquirer, Dessamy target | 1.5e+09 USD once"]),
    ("Orlin and Dessamy agreed a $1.2 billion deal that makes Orlin the largest shareholder of Dessamy.",
     ["investment announced: Orlin investor, Dessamy investee | 1.2e+09 USD once"]),
    # an investment announced by its investor, the company it goes to told in the next sentence (discourse.money_goes_to)
    ("Orlin announced a $750 million investment on Tuesday. The capital will be invested in Dessamy, a Berlin chip "
     "startup.", ["investment announced: Orlin investor, Dessamy investee | 7.5e+08 USD once"]),
    # a site named before, as what the next sentence's company leases, is its builder's: the landlord
    # (mentions.site_leased; the sentence before is parsed for its builder)
    ("Brimoral Data is developing a 300 MW campus near Dallas. Tessaly Cloud will lease the entire campus for 12 "
     "years.", ["datacenter announced: Tessaly Cloud buyer, Brimoral Data seller"]),
    # becoming a company's (anchor, largest) investor or shareholder invests in it (trigger, investor first)
    ("Orlin and Dessamy said on Monday that Orlin would become Dessamy's anchor investor with $400 million.",
     ["investment announced: Orlin investor, Dessamy investee | 4e+08 USD once"]),
    # the money a company will use is that of a deal told before, not of a deal in the same sentence
    ("Brimoral Data is selling its Leipzig campus to Tarrow Capital for 900 million euros. Brimoral plans to use the "
     "proceeds to build new sites in Hamburg, where it has signed a power supply contract with utility Kessel Energie.",
     ["datacenter announced: Brimoral seller, Tarrow Capital buyer | 9e+08 EUR once",
      "power announced: Brimoral buyer, Kessel Energie seller"]),
    # a name the passage gives a person's title is no party, and the deal it held is no company's deal
    # (mentions.passage_people); a company word after a name is no surname
    ("Lena Haskett, the chief executive of Velkor, said Haskett had bought Orlin chips for her own lab.", []),
    ("Dr. Lena Haskett's purchase of Orlin for $500 million closed in 2018. Haskett's group will buy $40 million of "
     "GPUs from Tessaly.", []),
    ("Tessaly Capital, the chief backer of Orlin, invested $50 million in Orlin on Monday.",
     ["investment completed: Tessaly Capital investor, Orlin investee | 5e+07 USD once"]),
    # a capitalised trigger inside a name is no verb (mentions.trigger_in_name); an agreement's capitalised name
    # still tells the deal
    ("Velkor cut rates after the Tarrow Reserve Bank met, and Orlin Capital said the Orlin Pledge Fund was closed.", []),
    ("Velkor Energy signed a Power Purchase Agreement with Tessaly Cloud for 300 MW.",
     ["power announced: Tessaly Cloud buyer, Velkor Energy seller"]),
    # the maker named before the power equipment bought sells it; buying a maker of turbines is still a takeover
    # (mentions.maker_of_equipment)
    ("Velkor will buy 40 Orlin gas turbines for $300 million.",
     ["power announced: Velkor buyer, Orlin seller | 3e+08 USD once"]),
    ("Velkor has an agreement in place to secure up to 1 gigawatt of Orlin solid oxide fuel cells for its data "
     "centers.", ["power announced: Velkor buyer, Orlin seller"]),
    ("Velkor agreed to acquire Orlin, a maker of gas turbines, for $3 billion.",
     ["acquisition announced: Velkor acquirer, Orlin target | 3e+09 USD once"]),
    # a programme or vehicle owned by a name acts for it, also as the antecedent of 'that' (roles.proxy_possessor);
    # what a verb of funding pays for is its owner's work: the owner is invested in (frames fund_owned_work,
    # fund_company; mentions.funded_owner)
    ("Velkor's venture arm invested $5 million in Orlin.",
     ["investment completed: Velkor investor, Orlin investee | 5e+06 USD once"]),
    ("It reminds us of Velkor's orbital transport effort that funded the development of Orlin's cargo capability.",
     ["investment announced: Velkor investor, Orlin investee"]),
    # (a buyout of shareholders funds no work of the one whose shares are among them)
    ("Dessamy agreed to fund a $3 billion buyout of existing shareholders, including $1 billion for some of Orlin's "
     "shares.", []),
    # a reader addressed is no company (cues.yaml not_org_words: personal pronouns)
    ("You will pay Velkor $10 a month for cloud gaming, and You keep the games you paid for.", []),
    # a deal's financing told by a participle on its noun makes no investment (type.deal_backed_by); a round's does
    ("Velkor agreed to buy Orlin in a $2 billion transaction funded by Tessaly Capital.",
     ["acquisition announced: Velkor acquirer, Orlin target | 2e+09 USD once"]),
    ("Orlin's $300 million round, backed by Tessaly Group, closed on Monday.",
     ["investment completed: Orlin investee, Tessaly Group investor | 3e+08 USD once"]),
    # a currency written before the figure as a code or a marked dollar is a currency token, whatever its shape
    # (components.mark_currency_codes): the patterns that ask for a currency read the deal
    ("Marlo Energy secured RMB 10 billion from Qintar Holdings.",
     ["investment completed: Marlo Energy investee, Qintar Holdings investor | 1e+10 CNY once"]),
    ("Orlin Cloud received S$150 million from Velkor Partners.",
     ["investment completed: Orlin Cloud investee, Velkor Partners investor | 1.5e+08 SGD once"]),
    # a term defined in brackets for the names before it stands for them after (mentions.group_term)
    ("Halvern Capital and Tessaly Group (together, the \"Sponsors\") agreed to buy Orlin Data for $2 billion. The "
     "Sponsors first invested $300 million in Orlin Data in 2023.",
     ["acquisition announced: Halvern Capital acquirer, Tessaly Group acquirer, Orlin Data target | 2e+09 USD once",
      "investment completed: Halvern Capital investor, Tessaly Group investor, Orlin Data investee | 3e+08 USD once"]),
    # a short line of running text whose names make most of its words capitalised is no headline: its object, a
    # name no list knows, is still looked for (gates.running_text)
    ("Brisa Partners and Tessaly Group agreed to buy Korvane Mobility.",
     ["acquisition announced: Brisa Partners acquirer, Tessaly Group acquirer, Korvane Mobility target"]),
    # the money in a 'with' phrase on the verb, the company after the verb's 'on' or as its object
    # (mentions.invested_with; frames invest_with_prep, invest_with_object); a place there is no party
    ("Velkor doubled down on Orlin with a further $2 billion investment.",
     ["investment announced: Velkor investor, Orlin investee | 2e+09 USD once"]),
    ("Halvern Capital bolstered Quenby Labs with a $300 million cash injection.",
     ["investment announced: Halvern Capital investor, Quenby Labs investee | 3e+08 USD once"]),
    ("Velkor doubled down on Texas with a further $2 billion investment.", []),
    # capacity taken at a site the passage gives an owner: the taker is the tenant, the owner the landlord
    # (frame take_capacity_at; guideline 6)
    ("Brisa Cloud will take 120 MW of capacity at Korvane Data's Ohio campus on a 15-year lease.",
     ["datacenter announced: Brisa Cloud buyer, Korvane Data seller"]),
    # money spent on a company's services is paid to it, typed by the kind its name gives (type.payment_kind)
    ("Brisa Labs has committed to spend $4 billion on Korvane Cloud's services over five years.",
     ["compute announced: Brisa Labs buyer, Korvane Cloud seller | 4e+09 USD once"]),
    # 'the X agreement' as its clause's subject names the other side (mentions.deal_compound_subject)
    ("Korvane Cloud said the Brisa contract is worth about $900 million.",
     ["compute announced: Brisa buyer, Korvane Cloud seller | 9e+08 USD once"]),
    # revenue 'from' an agreement with someone is what the agreement is worth (mentions.revenue_from_deal); a
    # company's own revenue beside a deal is not
    ("Korvane Cloud expects revenue of $600 million from its contract with Brisa Labs.",
     ["compute announced: Brisa Labs buyer, Korvane Cloud seller | 6e+08 USD once"]),
    ("Korvane Cloud reported revenue of $600 million and signed a contract with Brisa Labs.", []),
    # onlookers named with their firm forecast, they tell no transaction (type.forecast)
    ("Analysts at Tessaly Securities estimate Velkor will need $40 billion to build its data centres.", []),
    ("Economists from Brisa Research expect Velkor to buy $20 billion of chips from Orlin next year.", []),
    # the one supplied after the verb 'see' introduces, which the parser read as a noun (mentions.see_object)
    ("The contract, which runs through 2031, will see Korvane Energy supply Orlin with 800 MW of power.",
     ["power announced: Korvane Energy seller, Orlin buyer"]),
    # a round told with no owner in a clause a company reports is the speaker's (mentions.speaker_round); not where
    # an outlet reports it or an investor speaks
    ("Brisa Labs, a Lisbon chip designer, said Tessaly Capital and Korvane Ventures led the $250 million round.",
     ["investment announced: Tessaly Capital investor, Korvane Ventures investor, Brisa Labs investee | 2.5e+08 USD once"]),
    ("The $250 million round was led by Tessaly Capital, Brisa Labs said.",
     ["investment announced: Brisa Labs investee, Tessaly Capital investor | 2.5e+08 USD once"]),
    ("Tessaly Capital led the $250 million round, the Halden Times reported.", []),
    # a news outlet no list knows, named by the last word of outlets' names, is a source (mentions.outlet_name); a
    # company of that word that trades is a party
    ("Korvane will pay $90 million a year for GPU capacity, according to the Orvane Herald.", []),
    ("Korvane will pay Brisa News $90 million a year for GPU capacity.",
     ["compute announced: Korvane buyer, Brisa News seller | 9e+07 USD year"]),
    # a percentage of a company bought or taken: the company is a party whatever its label (mentions.share_of), and
    # taking a part of it is a stake (triggers.jsonl); a share of revenue is no stake
    ("Tessaly agreed to take 20 percent of Orlin for $300 million.",
     ["investment announced: Tessaly investor, Orlin investee | 3e+08 USD once"]),
    ("Korvane will buy 65% of Orlin for $700 million.",
     ["acquisition announced: Korvane acquirer, Orlin target | 7e+08 USD once"]),
    ("Korvane gets 60% of its revenue from Orlin, which paid it $700 million last year.", []),
    # a currency named after its figure reads as one written before it, in every trigger that asks for a currency
    # (lexicon.with_currency_after)
    ("Brisa Labs will receive 15 billion yen from Korvane Holdings.",
     ["investment announced: Brisa Labs investee, Korvane Holdings investor | 1.5e+10 JPY once"]),
    ("Korvane put 120 million euros into Brisa Labs.",
     ["investment announced: Korvane investor, Brisa Labs investee | 1.2e+08 EUR once"]),
    # the one named as builder of the subject's site provides (context list seller_nouns; roles.role_named), though
    # the site is the subject's ('its', roles.its_site_owner)
    ("Korvane has picked Brisa as the builder of its 300 MW campus, in a contract valued at $600 million.",
     ["datacenter announced: Korvane buyer, Brisa seller | 6e+08 USD once"]),
    # a company referred to by the noun of its trade (context list company_nouns: the automaker, the conglomerate)
    ("Brisa Motors has big plans for AI. The automaker signed a $400 million deal to rent GPUs from Korvane Cloud.",
     ["compute announced: Brisa Motors buyer, Korvane Cloud seller | 4e+08 USD once"]),
    ("Halvex Holdings owns ports and power plants. The conglomerate agreed to acquire Brisa Data for $1.5 billion.",
     ["acquisition announced: Halvex Holdings acquirer, Brisa Data target | 1.5e+09 USD once"]),
    # a name the recogniser reads as a person's, that the next sentence refers back to with a company noun, is a
    # company (mentions.person_referred_as_company); not where its sentence names another that may be meant
    ("Brisa Semi is based in Hsinchu. The chip designer raised $90 million from Korvane Capital.",
     ["investment completed: Brisa Semi investee, Korvane Capital investor | 9e+07 USD once"]),
    ("Dara Lintz has run Brisa Data for a decade. The company will buy $300 million of chips from Korvane Systems.",
     ["chips announced: Brisa Data buyer, Korvane Systems seller | 3e+08 USD once"]),
    # the object of a relative clause with a subject of its own is the name it describes (roles.relative_object)
    ("Velkor, which Kerrow bought for $900 million in 2020, makes optical networking gear.",
     ["acquisition completed: Velkor target, Kerrow acquirer | 9e+08 USD once"]),
    # a headline's label before a colon or a dash is no word of its sentence (mentions.headline_kicker)
    ("UPDATE 1-Korvane to buy Brisa Data for $600 million",
     ["acquisition announced: Korvane acquirer, Brisa Data target | 6e+08 USD once"]),
    # 'the AI developer' names a lab's kind (slots.yaml kind_words), so it stands for the company of no other kind
    ("Korvane Cloud signed a $2 billion deal with Brisa. Under the agreement, the AI developer will rent capacity at "
     "the neocloud's sites for five years.",
     ["compute announced: Korvane Cloud seller, Brisa buyer | 2e+09 USD once"]),
    # deal nouns joined by 'and', each with its own figure and 'with': the names are each the other side of the
    # subject's deal (candidates.paired_partners), never each other's (candidates.separate_with)
    ("The contracts include a $700 million agreement with Brisa Cloud and a $300 million deal with Korvane Compute.",
     []),
    ("Halvex AI struck a $700 million agreement with Brisa Cloud and a $300 million deal with Korvane Compute.",
     ["partnership announced: Halvex AI partner, Brisa Cloud partner | 7e+08 USD once",
      "partnership announced: Halvex AI partner, Korvane Compute partner | 3e+08 USD once"]),
    # a name after 'with' that hangs on a figure is its counterparty, however labelled (mentions.figure_with_name)
    ("Halvex has now struck three chip deals this year: $6 billion with Orlin, $3 billion with Kerrow and $1 billion "
     "with Marlo.",
     ["chips announced: Halvex buyer, Orlin seller | 6e+09 USD once",
      "chips announced: Halvex buyer, Kerrow seller | 3e+09 USD once",
      "chips announced: Halvex buyer, Marlo seller | 1e+09 USD once"]),
    # a further figure's new name after 'with' or 'from' is the subject's new counterparty (candidates.further_oblique)
    ("Brisa Labs, which raised $80 million from Korvane Capital in 2024, is in talks with Halvex Partners for a "
     "further $150 million.",
     ["investment talks: Brisa Labs investee, Korvane Capital investor | 8e+07 USD once",
      "investment talks: Halvex Partners investor, Brisa Labs investee | 1.5e+08 USD once"]),
    # the owner of a deal noun in the possessive, a name no list knows beside two known ones, is found by the parse
    # (gates.possessor_name)
    ("Korvane Capital anchored Brisa's $90 million raise, with Halvex Ventures and Tessaly Partners joining.",
     ["investment announced: Korvane Capital investor, Brisa investee, Halvex Ventures investor, Tessaly Partners "
      "investor | 9e+07 USD once"]),
    # money a company draws is raised, as money it receives (triggers.jsonl)
    ("Brisa drew a strategic investment of $60 million from Korvane, the chipmaker said.",
     ["investment announced: Brisa investee, Korvane investor | 6e+07 USD once"]),
    # a trade word after a determiner and modifiers with a figure or a hyphen is a noun: the site's owner leases out
    # (type.modified_noun, roles.its_site_owner)
    ("Halvex Digital signed a ten-year lease with Brisa Cloud for 40 MW at its Laredo campus.",
     ["datacenter announced: Halvex Digital seller, Brisa Cloud buyer"]),
    # 'at' a landlord's site on the goods a verb takes (mentions.site_on_object); megawatts of capacity at a site
    # whose owner is one word are a data centre's (type.megawatt_at_site), computing capacity from a company compute
    ("Tessaly Cloud will rent 30 MW of capacity at Halvex's campus near Dallas under a 10-year agreement.",
     ["datacenter announced: Tessaly Cloud buyer, Halvex seller"]),
    ("Brisa will lease 30 MW of computing capacity from Halvex Data for $900 million.",
     ["compute announced: Brisa buyer, Halvex Data seller | 9e+08 USD once"]),
    # a maker's name between an owner's possessive and the goods: the owner trades them (roles.owned_brand)
    ("Halvex Labs agreed to rent Brisa's Nvidia GPUs for $400 million over two years.",
     ["compute announced: Halvex Labs buyer, Brisa seller | 4e+08 USD once"]),
    # a name set off by commas after a counterparty's role noun is the counterparty (mentions.named_after_role),
    # of the kind the noun gives
    ("Brisa sold 2,000 servers to its biggest customer, Halvex, in a deal worth $90 million.",
     ["chips announced: Brisa seller, Halvex buyer | 9e+07 USD once"]),
    ("Tessaly signed a ten-year lease with an AI startup, Halvex, for 30 MW.",
     ["datacenter announced: Halvex buyer, Tessaly seller"]),
    # the company a trade told without a direction earns revenue for sells (roles.revenue_earner)
    ("Halvex signed a lease with Brisa for 40 MW, bringing Halvex $1.2 billion in contract revenue.",
     ["datacenter announced: Halvex seller, Brisa buyer | 1.2e+09 USD once"]),
    # watts of infrastructure from a company of sites, with no cue of any type, are a data centre's
    # (type.megawatt_site)
    ("Tessaly agreed to contract for 80 MW of infrastructure from Halvex Digital.",
     ["datacenter announced: Tessaly buyer, Halvex Digital seller"]),
    # capacity a company consumes from another it buys (triggers.jsonl)
    ("Brisa will consume 1.5 GW of compute capacity from Halvex over seven years.",
     ["compute announced: Brisa buyer, Halvex seller"]),
    # the participle's subjects after 'with' put money into the company the main clause names
    # (roles.with_participle, not roles.joint_investors)
    ("The round values Brisa at $9 billion, with Halvex and Tessaly each contributing $300 million.",
     ["investment announced: Halvex investor, Brisa investee | 3e+08 USD once",
      "investment announced: Tessaly investor, Brisa investee | 3e+08 USD once"]),
    # the name between 'for' and an infinitive trigger's 'to' is its actor (roles.for_to_subject)
    ("Halvex reached a $4 billion agreement for Brisa to lease 200 MW at its Reno campus.",
     ["datacenter announced: Brisa buyer, Halvex seller | 4e+09 USD once"]),
    # the relative pronoun object of a funding verb stands for the company it describes (frames.yaml
    # fund_company_relative, roles.relative_object)
    ("Brisa, which Halvex funded with $200 million in 2022, opened its second campus this year.",
     ["investment announced: Brisa investee, Halvex investor | 2e+08 USD once"]),
    # an apposition that names the sentence's first name as another's supplier (mentions.possessive_apposition)
    ("Halvex, Brisa's largest server supplier, will deliver $700 million of racks under the agreement.",
     ["chips announced: Halvex seller, Brisa buyer | 7e+08 USD once"]),
    # a headline that gives a name a trade role with 'as' (mentions.as_role_name)
    ("Halvex signs Brisa as anchor tenant for 150 MW campus",
     ["datacenter announced: Halvex seller, Brisa buyer"]),
    # a sentence that calls off a deal in one of its clauses: the other clause's deal stands, the first company of
    # the sentence is the 'it' of the clause (discourse.called_off_clause)
    ("Halvex agreed to buy Brisa Data for $3 billion. Brisa Data said its board had backed Halvex's offer, and it was "
     "terminating a deal to buy Orsk.",
     ["acquisition announced: Halvex acquirer, Brisa Data target | 3e+09 USD once"]),
    ("Halvex had agreed to buy Brisa for $2 billion. Halvex said its sales were growing, and it had terminated the "
     "deal to buy Brisa.", []),
    # a maker's goods that describe a company ('a big user of Halvex graphics chips'): the maker is no party, and the
    # description gives the buyer no kind of seller (roles.brand_described, mentions.buyer_description)
    ("Brisa, the largest user of Halvex inference chips, signed a $400 million deal to buy servers from Orsk Systems.",
     ["chips announced: Brisa buyer, Orsk Systems seller | 4e+08 USD once"]),
    # a verb of saying whose reported clause names both sides: the speaker is no party (roles.speaker_reports,
    # gates.reported_subject); with one side only, the speaker is the other (roles.speaker_other_side)
    ("The Ministry of Trade of Brisa announced that Halvex Compute has agreed to buy 300 MW of capacity from Orsk "
     "Data for $1.5 billion.",
     ["compute announced: Halvex Compute buyer, Orsk Data seller | 1.5e+09 USD once"]),
    ("Orsk Holdings said Halvex had agreed to pay Brisa Cloud $700 million a year for GPU capacity.",
     ["compute announced: Halvex buyer, Brisa Cloud seller | 7e+08 USD year"]),
    ("Brisa Energy announced on Tuesday that Halvex will buy 400 MW of power from it under a 20-year agreement.",
     ["power announced: Brisa Energy seller, Halvex buyer"]),
    ("Halvex Group said on Monday that Brisa Capital would lead a $90 million round in Orsk Robotics.",
     ["investment announced: Brisa Capital investor, Orsk Robotics investee | 9e+07 USD once"]),
    # a public body named after its place keeps its whole name (mentions.short_form_public_body)
    ("The Orsk Development Authority signed a $1 billion agreement with Halvex to build a data centre in Orsk.",
     ["datacenter announced: Orsk Development Authority seller, Halvex buyer | 1e+09 USD once"]),
    # a round told without its figure, its leaders in the next sentence ('led the round', the trigger taking the
    # article in): the company raising is the investee (discourse.round_led_subjects, round_led_co_investors)
    ("Brisa raised its Series F this week. Halvex Capital, Orsk Partners and Tamsin Growth led the round.",
     ["investment completed: Brisa investee, Halvex Capital investor, Orsk Partners investor, Tamsin Growth investor"]),
    ("Brisa raised a Series F on Monday. Halvex and Orsk led the round, with Tamsin Capital also participating.",
     ["investment completed: Brisa investee, Halvex investor, Orsk investor, Tamsin Capital investor"]),
    # a person described by a role at a company ('a former Halvex researcher') is no investor
    # (mentions.staff_apposition); a company described by a founder's possessive stays one
    ("Brisa is in talks to raise $500 million in a round led by Ines Varga, a former Halvex engineer.",
     ["investment talks: Brisa investee | 5e+08 USD once"]),
    ("Brisa raised $300 million from Orsk Partners, the Halvex founder's family office, and Tamsin Capital.",
     ["investment completed: Brisa investee, Orsk Partners investor, Tamsin Capital investor | 3e+08 USD once"]),
    # 'the agreement was worth ...' sizes the deal told before again: one record, the first figure
    # (discourse.worth_told_again); 'a second contract' is another deal
    ("Brisa has signed a deal worth up to $3bn with the cloud group Halvex to supply computing power over four years. "
     "Under the deal, Brisa will lease computing power from Halvex's stock of GPUs. Halvex said the agreement was worth "
     "$2.6bn over four years.",
     ["compute announced: Brisa buyer, Halvex seller | 3e+09 USD once"]),
    ("Brisa signed a $2 billion cloud contract with Halvex in March. In June, Brisa signed a second contract with "
     "Halvex, worth $1 billion, for more capacity.",
     ["compute announced: Brisa buyer, Halvex seller | 2e+09 USD once",
      "compute announced: Brisa buyer, Halvex seller | 1e+09 USD once"]),
    # an earlier agreement named in passing after a deal of the sentence's own is no deal (candidates.earlier_deal_aside);
    # the news a price moved after is one
    ("Halvex signed a $900 million contract to supply servers to Brisa, following a recent agreement with Orsk.",
     ["chips announced: Halvex seller, Brisa buyer | 9e+08 USD once"]),
    ("Halvex shares jumped 12% after an agreement with Brisa to supply 20,000 GPUs for $900 million.",
     ["chips announced: Brisa buyer, Halvex seller | 9e+08 USD once"]),
    # the speaker's own unit acts in the clause it reports (roles.speaker_reports, context.yaml own_units)
    ("Orsk Group said its unit Halvex Data had agreed to buy four data centres from Brisa Inc. for $670 million.",
     ["datacenter announced: Halvex Data buyer, Brisa seller | 6.7e+08 USD once"]),
    # a contingent part of one price ('plus up to $60 million based on future performance') is no deal of its own
    # (context.yaml not_separate_after)
    ("Tamsin Realty has agreed to acquire Halvex Data for $1.3 billion plus up to $60 million based on future "
     "performance.",
     ["acquisition announced: Tamsin Realty acquirer, Halvex Data target | 1.3e+09 USD once"]),
    # Reuters instrument codes after names are no words of them (gates.ric_ticker); a utility named with 'and' is one
    # name (mentions.name_with_and)
    ("Brisa's BRS.N Ohio unit, Dunmore Gas and Electric Company, signed a power supply agreement with developer "
     "Halvex Data Centers.",
     ["power announced: Halvex Data Centers buyer, Dunmore Gas and Electric seller"]),
    ("Orsk Energy ORK.N signed a deal with Tamsin Cloud TMC.O to supply 300 MW of power to its data centers.",
     ["power announced: Orsk Energy seller, Tamsin Cloud buyer"]),
    # an agreement for a figure in watts alone trades power; what the watts support is no cue
    # (type.agreement_for_watts); watts 'of' goods are those goods
    ("Orsk Energy signed an agreement with Tamsin for 250 megawatts to support its Texas data centers.",
     ["power announced: Tamsin buyer, Orsk Energy seller"]),
    ("Halvex Cloud signed a $900 million agreement with Tamsin for 50 MW of GPU capacity.",
     ["compute announced: Tamsin buyer, Halvex Cloud seller | 9e+08 USD once"]),
    # a verb whose complement is another trigger ('committed to supplying') takes that trigger's roles
    # (type.trigger_complement); 'secures order to supply' keeps the order won
    ("Orsk Memory has committed to supplying $2 billion worth of HBM chips to Tamsin AI.",
     ["chips announced: Orsk Memory seller, Tamsin AI buyer | 2e+09 USD once"]),
    ("Tamsin Cloud contracted to supply 10,000 GPUs to Brisa for $500 million.",
     ["chips announced: Tamsin Cloud seller, Brisa buyer | 5e+08 USD once"]),
    # a rival's title after a name describes the name after it, in any slot (roles.rival_named_by); rivals listed
    # after 'like' stay background
    ("Halvex agreed to supply Brisa competitor Tamsin with 10,000 GPUs for $400 million.",
     ["chips announced: Halvex seller, Tamsin buyer | 4e+08 USD once"]),
    ("Orsk agreed to buy 10,000 GPUs from Halvex for $400 million, narrowing the gap with rivals like Tamsin.",
     ["chips announced: Orsk buyer, Halvex seller | 4e+08 USD once"]),
    # a wire's dateline dash against the first word (gates.dateline_dash)
    ("(Reuters) -Nvidia is in talks to acquire chip designer Halvex Systems, Bloomberg News reported on Thursday.",
     ["acquisition talks: Nvidia acquirer, Halvex Systems target"]),
    # an investment and a trade noun joined by 'and': two deals of one sentence; the figure after 'The investment'
    # is the investment's (candidates.investment_and_trade)
    ("Tamsin AI is in talks with Halvex over a potential investment and an agreement to use Halvex's chips. The "
     "investment could exceed $3 billion, a person familiar with the matter said.",
     ["compute talks: Tamsin AI buyer, Halvex seller",
      "investment talks: Halvex investor, Tamsin AI investee | 3e+09 USD once"]),
    # a conversion in brackets after the figure breaks no 'raised/secured ... loan' phrase (triggers.jsonl)
    ("Tamsin Cloud has secured a $1.4bn (£1.03bn) delayed draw term loan backed by GPUs, in one of the largest "
     "private credit deals in Europe.",
     ["investment completed: Tamsin Cloud investee | 1.4e+09 USD once"]),
    # a purchase valuing what it buys is a deal without an amount (candidates.acquirer_valuing); a sentence of
    # valuations alone is none
    ("Halvex Realty will acquire a majority stake in Brisa Data, valuing the company at about $2.5 billion.",
     ["acquisition announced: Halvex Realty acquirer, Brisa Data target"]),
    ("Brisa Data is now valued at about $2.5 billion, up from $1 billion a year ago, Halvex Realty said.", []),
    # 'The $650 million sale includes ...': the sale told before, sized a sentence later (context.yaml agreement_nouns:
    # sale, merger, buyout); the business's sales are no price
    ("Orsk Realty has agreed to acquire the data center business of Tamsin Telecom. The business runs 12 data centers "
     "in Texas. The $650 million sale includes the buildings and the land.",
     ["acquisition announced: Orsk Realty acquirer, Tamsin Telecom target | 6.5e+08 USD once"]),
    ("Orsk Realty has agreed to acquire the data center business of Tamsin Telecom. The sales of the business reached "
     "$650 million last year.",
     ["acquisition announced: Orsk Realty acquirer, Tamsin Telecom target"]),
    # a lease of the one named company's own site, its tenant unnamed: the landlord's deal alone
    # (roles.own_site_leased); a lease of another's site names its tenant
    ("Orsk Data said it had signed a 12-year lease worth $3.2 billion for its Ohio data center campus.",
     ["datacenter announced: Orsk Data seller | 3.2e+09 USD once"]),
    ("Orsk Data said it had signed a 12-year lease worth $3.2 billion for Tamsin's Ohio data center campus.",
     ["datacenter announced: Orsk Data buyer, Tamsin seller | 3.2e+09 USD once"]),
    # an agreement under which one side invests in a build of its own is a partnership with that figure
    # (type.investment_to_build); the build alone is spending; money 'in' a company stays an investment
    ("Orsk Group has signed an MoU with the government of Brisa to invest €3 billion over five years to build AI data "
     "centres in the country.",
     ["partnership announced: Orsk Group partner, government of Brisa partner | 3e+09 EUR once"]),
    ("Orsk Group will invest €3 billion over five years to build AI data centres in Brisa.", []),
    ("Orsk Group signed an agreement with Tamsin Capital to invest €300 million in Halvex Data.",
     ["investment announced: Orsk Group investor, Halvex Data investee | 3e+08 EUR once"]),
    # a company described as 'a leader in IT services' is no person (mentions.staff_apposition keeps to people's roles),
    # 'IT' no name; 'the Brisa government' keeps its name beside 'in Brisa' (mentions.short_form_public_body)
    ("The Brisa government on Friday signed a tripartite MoU with Orsk Data, a Tokyo-based leader in IT services, and "
     "Tamsin Networks, an Indian AI cloud company. As part of the MoU, they will establish an AI data center cluster "
     "in Brisa.",
     ["partnership announced: Brisa government partner, Orsk Data partner, Tamsin Networks partner"]),
    # a public body whose first words the passage writes as a company keeps its short name
    # (mentions.short_form_public_body reads a place only after 'in', 'the Government of' ...)
    ("Brisa's Tamsin Investment Authority will invest $2 billion in a joint venture with data centre developer Orsk "
     "Data to build an AI campus. The venture will be 51% owned by Tamsin.",
     ["partnership announced: Tamsin partner, Orsk Data partner | 2e+09 USD once"]),
    # a partner's money into the venture they formed is its capital, no investment in the other partner
    # (discourse.venture_capital); money into the other partner is one (discourse.terms_give_type)
    ("Orsk Capital and Halvex Data have formed a $2 billion joint venture to build data centres. Orsk Capital will "
     "put about $1.4 billion into the venture.",
     ["partnership announced: Orsk Capital partner, Halvex Data partner | 2e+09 USD once"]),
    # an unnamed company the sentence opens with, told by what it does: its words type no deal
    # (type.described_subject); a named one keeps its round
    ("An AI chip startup has raised $225 million from Orsk Capital and Tamsin Ventures.", []),
    ("Halvex, an AI chip startup, has raised $225 million from Orsk Capital and Tamsin Ventures.",
     ["investment completed: Halvex investee, Orsk Capital investor, Tamsin Ventures investor | 2.25e+08 USD once"]),
    # a deal told with too little to keep, of the one company the sentence before sized a deal of alone, is that deal
    # (discourse.sized_before); a relationship told as history is none
    ("Tamsin Capital has launched a $2 billion joint venture to build data centres in Asia. Halvex Data, the Singapore "
     "operator, is partnering with Tamsin Capital for the fund.",
     ["partnership announced: Halvex Data partner, Tamsin Capital partner | 2e+09 USD once"]),
    ("Tamsin Capital raised $2 billion last year. Halvex Data, a Singapore operator, has worked with Tamsin Capital "
     "since 2019.",
     ["investment completed: Tamsin Capital investee | 2e+09 USD once"]),
    # 'brought in / raked in / pulled in $N' ending its clause or 'in funding' is a raise; 'in revenue' is none
    # (triggers.jsonl)
    ("Three chip startups raised most of it: Halvex secured $500 million; Brisa Systems raised $350 million; and Dutch "
     "startup Orsk AI brought in $250 million.",
     ["investment completed: Halvex investee | 5e+08 USD once",
      "investment completed: Brisa Systems investee | 3.5e+08 USD once",
      "investment completed: Orsk AI investee | 2.5e+08 USD once"]),
    ("Orsk AI brought in $250 million in revenue last year.", []),
    ("Orsk AI pulled in $250 million in fresh funding from Tamsin Capital.",
     ["investment completed: Orsk AI investee, Tamsin Capital investor | 2.5e+08 USD once"]),
    # a number with its unit of power ('300MW') is what is bought, never a name (mentions.quantity_as_name)
    ("Brisa Systems will buy 300MW from Halvex for its Ohio campus.",
     ["power announced: Brisa Systems buyer, Halvex seller"]),
    # a relative clause after a name's apposition describes the name (mentions.relative_after_apposition)
    ("Brisa Systems signed a lease with Tamsin Cloud, the largest tenant of the campus, which will pay $40 million a "
     "year.",
     ["datacenter announced: Brisa Systems seller, Tamsin Cloud buyer | 4e+07 USD year"]),
    # backers that have also taken part join the round just told (discourse.took_part_perfect); not backers of
    # earlier rounds; a kind of company before a name is no goods set off from it (mentions.goods_apposition)
    ("Halden AI has raised $900 million in a round led by chip toolmaker Ostrivel. Alongside Ostrivel, existing "
     "investors Marlow Partners and Quillon have also put in more money.",
     ["investment completed: Halden AI investee, Ostrivel investor, Marlow Partners investor, Quillon investor | "
      "9e+08 USD once"]),
    ("Halden AI has raised $400 million. Marlow Partners and Quillon have invested in the company since 2021.",
     ["investment completed: Halden AI investee | 4e+08 USD once"]),
    # a rival word right after a deal verb describes its object, a party (roles.rival_as_object); a company's value
    # after the preposition of a price is what is paid (mentions.priced_at_value), and its 'equity' buys no stake
    # (mentions.equity_value, type.value_not_cue); not a valuation told of a company
    ("Halvex Data agreed to buy a competing Brisa Systems at an equity value of $1.2 billion.",
     ["acquisition announced: Halvex Data acquirer, Brisa Systems target | 1.2e+09 USD once"]),
    ("Halvex Data will merge with its rival Brisa Systems in a $3 billion all-stock deal.",
     ["acquisition announced: Halvex Data acquirer, Brisa Systems target | 3e+09 USD once"]),
    ("German cloud operator Elbwerk GmbH is to acquire Dutch rival Tulpen Hosting B.V. for an undisclosed sum.",
     ["acquisition announced: Elbwerk acquirer, Tulpen Hosting target"]),
    ("Halvex Data will pay $1 billion for compute from Orsk Cloud, beating its Dutch rival Tamsin.",
     ["compute announced: Halvex Data buyer, Orsk Cloud seller | 1e+09 USD once"]),
    ("Halvex Data will pay $1 billion for compute from Orsk Cloud, beating rival Tamsin.",
     ["compute announced: Halvex Data buyer, Orsk Cloud seller | 1e+09 USD once"]),
    ("Halvex Data will buy $200 million of equity in Brisa Systems.",
     ["investment announced: Halvex Data investor, Brisa Systems investee | 2e+08 USD once"]),
    ("Tamsin Group said it would acquire fellow data centre operator Orsk Data for an enterprise value of about $4.1 "
     "billion.",
     ["acquisition announced: Tamsin Group acquirer, Orsk Data target | 4.1e+09 USD once"]),
    # a listed shell's 'business combination with X' is a merger, X the company it takes public (triggers.jsonl,
    # cues.yaml); 'a merger with X that values the combined company at' values the deal (candidates.deal_valuing)
    ("Halden Acquisition Corp called a meeting for stockholders to vote on the proposed business combination with "
     "data-center company Brisa Technologies.",
     ["acquisition announced: Halden Acquisition acquirer, Brisa Technologies target"]),
    ("Halden Acquisition Corp agreed to a merger with Brisa Technologies that values the combined company at $3.4 "
     "billion.",
     ["acquisition announced: Halden Acquisition acquirer, Brisa Technologies target"]),
    # a deal verb's participle between a determiner and the word it describes is an adjective
    # (mentions.participle_adjective); the verb itself, or the participle before a preposition, stays one
    ("Brisa Systems will use the leased capacity at its Ohio campus to train models.", []),
    ("Brisa Systems committed $300 million to Halvex Data.",
     ["investment announced: Brisa Systems investor, Halvex Data investee | 3e+08 USD once"]),
    ("Brisa Systems has leased 40 MW to Tamsin Cloud at its Ohio campus.",
     ["datacenter announced: Brisa Systems seller, Tamsin Cloud buyer"]),
    # a product's maker described and then named is the name that follows; alone, the list's maker
    # (mentions.maker_named_after)
    ("Brisa Capital will invest $2 billion in Claude maker Orsk AI, the companies said.",
     ["investment announced: Brisa Capital investor, Orsk AI investee | 2e+09 USD once"]),
    ("Brisa Capital will invest $2 billion in the Claude maker, the companies said.",
     ["investment announced: Brisa Capital investor, Anthropic investee | 2e+09 USD once"]),
    # a bare ticker after a name, its letters the name's in order, is blanked (gates.bare_ticker); another company's
    # acronym after a legal form's full stop opens a sentence
    ("Elon Musk-led Orsk Motors Inc. ORSK has confirmed signing a $2 billion chip manufacturing deal with Halvex "
     "Electronics.",
     ["chips announced: Orsk Motors buyer, Halvex Electronics seller | 2e+09 USD once"]),
    ("Brisa Systems bought chips from Velkara Corp. BSY said it would invest $2 billion in Tamsin.",
     ["chips completed: Brisa Systems buyer, Velkara seller",
      "investment announced: BSY investor, Tamsin investee | 2e+09 USD once"]),
    # 'the company' opening a clause after a dash or a semicolon is that sentence's subject before it
    # (mentions.anaphor_after_dash)
    ("Tamsin Cloud agreed to rent GPUs from Halvex. Brisa Systems signed its first lease last year – the company will "
     "now pay $300 million for capacity from Halvex.",
     ["compute announced: Tamsin Cloud buyer, Halvex seller",
      "compute announced: Brisa Systems buyer, Halvex seller | 3e+08 USD once"]),
    # a describing name's own apposition describes too (roles.describer_apposition)
    ("Halvex struck a $2 billion partnership with Orsk, an AI firm owned by Velmora's sovereign wealth fund, the "
     "Velmora Investment Authority, to build data centers.",
     ["partnership announced: Halvex partner, Orsk partner | 2e+09 USD once"]),
    # a subject's deals listed after 'including' or a colon: each item a deal of its own (candidates.listed_deals);
    # not where an item is a trade whose sides it does not give
    ("Orsk announced two deals: a $3 billion partnership with Brisa Systems and a $1 billion Halvex Capital "
     "investment.",
     ["partnership announced: Orsk partner, Brisa Systems partner | 3e+09 USD once",
      "investment announced: Halvex Capital investor, Orsk investee | 1e+09 USD once"]),
    ("Orsk has signed several agreements, including a $2 billion chip supply deal with Halvex and a lease with "
     "Tamsin.",
     ["chips announced: Orsk buyer, Halvex seller | 2e+09 USD once"]),
    # plural deals with named companies to build capacity: a partnership with each (candidates.deals_to_build,
    # candidates.deals_with_each); one partnership of three stays one
    ("Tamsin Cloud signed agreements with Halvex and Brisa Systems to develop data centres in Ohio.",
     ["partnership announced: Tamsin Cloud partner, Halvex partner",
      "partnership announced: Tamsin Cloud partner, Brisa Systems partner"]),
    ("Tamsin Cloud formed a partnership with Halvex and Brisa Systems to build a data centre in Ohio.",
     ["partnership announced: Tamsin Cloud partner, Halvex partner, Brisa Systems partner"]),
    # a name found by its first suffix runs through one capitalised word to a further suffix, the legal form outside
    # (mentions.suffix_run_through)
    ("Halvex signed a deal with Tamsin Power International Limited to supply 200 MW.",
     ["power announced: Halvex buyer, Tamsin Power International seller"]),
    # a partnership told bare, then capacity attached by the next sentence about it (discourse.capacity_after); no
    # capacity, no deal
    ("Orsk announced a strategic collaboration with Halvex. The alliance will build two data centres in Ohio by 2027.",
     ["partnership announced: Orsk partner, Halvex partner"]),
    ("Orsk announced a strategic collaboration with Halvex. The partnership covers research on cooling software.", []),
    # ', and X will receive warrants': two clauses with no figure each tell a deal (mentions.and_clause_both_unsized);
    # a deal of another kind between the parties of a sized deal is no retelling (merging.other_kind_stays)
    ("Brisa Cloud announced a $400 million investment from Tamsin Micro. As part of the deal, Brisa Cloud agreed to "
     "buy Tamsin Micro's networking chips, and Tamsin Micro will receive warrants for Brisa Cloud shares.",
     ["investment announced: Brisa Cloud investee, Tamsin Micro investor | 4e+08 USD once",
      "chips announced: Brisa Cloud buyer, Tamsin Micro seller"]),
    # a site sold and leased back: a second record, the roles turned, without the sale's figure (discourse.lease_back)
    ("Halvex Data sold its Ohio campus to Brisa Capital for $600 million and will lease it back for 15 years.",
     ["datacenter completed: Halvex Data seller, Brisa Capital buyer | 6e+08 USD once",
      "datacenter announced: Halvex Data buyer, Brisa Capital seller"]),
    ("Halvex Data sold its Ohio campus to Brisa Capital for $600 million, and will build a new one in Texas.",
     ["datacenter completed: Halvex Data seller, Brisa Capital buyer | 6e+08 USD once"]),
    # the buyer's site as the object of a verb of supplying, by a supplier of power, is power supplied
    # (type.site_supplied)
    ("Velkari Grid signs 20-year deal to supply Orsk campus",
     ["power announced: Velkari Grid seller, Orsk buyer"]),
    # the earlier contract a compared deal's party signed with another: the same kind, the same role
    # (discourse.earlier_same_kind); no contract, no record
    ("Velkari Energy will supply 300 MW of power to Orsk Cloud under a 15-year deal. The deal is Velkari's biggest so "
     "far and follows a $700 million agreement it struck with Brisa AI last year.",
     ["power announced: Velkari seller, Orsk Cloud buyer",
      "power announced: Velkari seller, Brisa AI buyer | 7e+08 USD once"]),
    ("Velkari Energy will supply 300 MW of power to Orsk Cloud under a 15-year deal. The deal is Velkari's biggest so "
     "far and follows a drought that hit Brisa AI last year.",
     ["power announced: Velkari seller, Orsk Cloud buyer"]),
    # the lease-back's sides stay turned when a later sentence says who uses the money (discourse.lease_back)
    ("Halvex Data is selling its Lyon campus to the investor Brisa Capital for 900 million euros. Halvex will keep "
     "running the site under a 15-year lease-back agreement. Halvex plans to use the proceeds to build new sites in "
     "Spain.",
     ["datacenter announced: Halvex seller, Brisa Capital buyer | 9e+08 EUR once",
      "datacenter announced: Halvex buyer, Brisa Capital seller"]),
    # the maker of the goods a site runs on sells nothing (roles.goods_running); goods bought from their maker do
    ("Orsk AI will rent capacity at a Tamsin Cloud campus powered by 20,000 Velkor GPUs.",
     ["compute announced: Orsk AI buyer, Tamsin Cloud seller"]),
    ("Orsk AI will buy 20,000 Velkor GPUs for its Ohio campus.",
     ["chips announced: Orsk AI buyer, Velkor seller"]),
    # the kind of company before its name is no type cue of a joint undertaking (type.description_before_name), whose
    # leader is a partner (roles.leader_partners); of a deal with no other cue, it is
    ("The venture is led by data centre developer Velkari, in partnership with Halvex and Brisa Power.",
     ["partnership announced: Velkari partner, Halvex partner, Brisa Power partner"]),
    ("Orsk AI signed a $2 billion deal with GPU cloud provider Halvex.",
     ["compute announced: Orsk AI buyer, Halvex seller | 2e+09 USD once"]),
    # 'is set to acquire' tells a deal the parties announced, no talks (guideline: talks are 'in talks', 'negotiating')
    ("Meanwhile, Orsk, a digital infrastructure firm, is set to acquire Tamsin Intermediate LLC for about $1 billion.",
     ["acquisition announced: Orsk acquirer, Tamsin Intermediate target | 1e+09 USD once"]),
    # a trade 'to power' a company's sites supplies power (type.to_power); not a raise, nor a lease 'to power' models
    ("Orsk signed a deal with Tamsin Energy to restart a reactor at its Ohio facility to power Orsk's data centers.",
     ["power announced: Orsk buyer, Tamsin Energy seller"]),
    ("Orsk raised $1 billion from Tamsin Capital to power its data centers.",
     ["investment completed: Orsk investee, Tamsin Capital investor | 1e+09 USD once"]),
    ("Orsk will lease a 200 MW campus from Tamsin Data to power its AI models.",
     ["datacenter announced: Orsk buyer, Tamsin Data seller"]),
    # money paid for a company described before its name buys the company (type.paid_for_described); paid for its
    # goods, the goods
    ("Brisa Group agreed to pay $900 million for the Texas-based chip start-up Halvex Systems.",
     ["acquisition announced: Brisa Group acquirer, Halvex Systems target | 9e+08 USD once"]),
    ("Brisa Group agreed to pay $900 million for Halvex Systems' chips.",
     ["chips announced: Brisa Group buyer, Halvex Systems seller | 9e+08 USD once"]),
    # the maker of goods ordered is no partner (roles.ordered_brand); goods ordered from their maker are a trade
    ("The expansion rests on a $200 million order for 5,000 Orlin GPUs, but also a broad partnership with Tamsin "
     "Cloud that could become a joint venture.", []),
    ("Brisa AI placed a $300 million order for 10,000 Orlin accelerators.",
     ["chips announced: Brisa AI buyer, Orlin seller | 3e+08 USD once"]),
    # 'two and a half billion dollars', hyphenated or not (mentions.and_a_half)
    ("Orsk will pay Tamsin two and a half billion dollars for GPU capacity over five years.",
     ["compute announced: Orsk buyer, Tamsin seller | 2.5e+09 USD once"]),
    # capacity made together with a named company, the joint words after it (candidates.built_with_partner)
    ("Halvex Cloud will build a 200MW campus near Ostrava together with Brisa Capital.",
     ["partnership announced: Halvex Cloud partner, Brisa Capital partner"]),
    ("Halvex Cloud will develop its scheduling software in collaboration with Brisa Labs.", []),
    # what a partnership to make capacity costs, told next (discourse.project_cost); a cost of software is none
    ("Halvex Cloud will convert an old paper mill near Ostrava into a data centre in partnership with Brisa Capital. "
     "The project is expected to cost about $400 million.",
     ["partnership announced: Halvex Cloud partner, Brisa Capital partner | 4e+08 USD once"]),
    ("Halvex Cloud and Brisa Labs teamed up to develop scheduling software. The project will cost $20 million.", []),
    # a report tells the deal, its outlet named before 'report' or not at all (type.outlet_report)
    ("Halvex Cloud agreed to buy Brisa Labs for $700 million, according to local media reports.",
     ["acquisition reported: Halvex Cloud acquirer, Brisa Labs target | 7e+08 USD once"]),
    ("Halvex Cloud agreed to buy Brisa Labs for $700 million, according to the company's annual report.",
     ["acquisition announced: Halvex Cloud acquirer, Brisa Labs target | 7e+08 USD once"]),
    # loans: signed, hyphenated words between the verb and the loan; a borrowing with no 'from'; lenders named in a
    # group before the trigger (roles.group_oblique); goods pledged as collateral (type.pledged_goods); 'the Bank'
    ("Brisa Cloud has signed a £600m GPU-backed term loan to fund two clusters in Norway.",
     ["investment announced: Brisa Cloud investee | 6e+08 GBP once"]),
    ("Brisa Cloud secured a $900 million asset-backed loan from Halvex Bank.",
     ["investment completed: Brisa Cloud investee, Halvex Bank investor | 9e+08 USD once"]),
    ("Brisa Cloud won backing from a group of lenders led by Halvex Bank to borrow $3 billion against its Orlin "
     "chips as security.",
     ["investment announced: Brisa Cloud investee, Halvex Bank investor | 3e+09 USD once"]),
    ("In a statement, the Company said it uses Orlin accelerators.", []),
    # what money raised is to buy is its use, no trade (type.raised_to_buy)
    ("Halvex Compute raised $450 million through GPU-backed financing in order to buy accelerators.",
     ["investment completed: Halvex Compute investee | 4.5e+08 USD once"]),
    # a joint venture that describes the company invested in is no partnership cue (type.venture_described)
    ("Brisa Telecom will put EUR 40 million into Halvex Data GmbH, a joint venture of Orlin Energy and Tamsin Realty.",
     ["investment announced: Brisa Telecom investor, Halvex Data investee | 4e+07 EUR once"]),
    ("Brisa Telecom agreed to invest EUR 40 million in the existing joint venture Halvex Data.",
     ["investment announced: Brisa Telecom investor, Halvex Data investee | 4e+07 EUR once"]),
    ("Brisa Telecom and Orlin Energy agreed to form a joint venture worth EUR 40 million to build data centres.",
     ["partnership announced: Brisa Telecom partner, Orlin Energy partner | 4e+07 EUR once"]),
    # the plant power is generated at is no party; a company generating it is (mentions.power_source)
    ("Tamsin Wind signed a 150 MW power purchase agreement with Brisa Cloud for power produced at the Orlin Ridge "
     "Wind and Halvex Hill Wind in Ostrava County.",
     ["power announced: Brisa Cloud buyer, Tamsin Wind seller"]),
    ("Brisa Cloud signed a deal to buy 150 MW of power generated by Tamsin Power for its data centres.",
     ["power announced: Brisa Cloud buyer, Tamsin Power seller"]),
    # 'Solar' and 'Wind' end a company's name as 'Power' does (cues.yaml org_suffixes), not a person's
    ("Brisa Cloud signed a deal to buy 150 MW of power generated by Tamsin Wind for its data centres.",
     ["power announced: Brisa Cloud buyer, Tamsin Wind seller"]),
    # an abbreviation that spells the capitalised words after a suffix extends the name (mentions.abbreviation_spells)
    ("Halvex Cloud Services Platform (HCSP) raised $40 million from Brisa Capital.",
     ["investment completed: Halvex Cloud Services Platform investee, Brisa Capital investor | 4e+07 USD once"]),
    ("Halvex Cloud Services (HCSP) raised $40 million from Brisa Capital.",
     ["investment completed: Halvex Cloud investee, Brisa Capital investor | 4e+07 USD once"]),
    # a unit named with its parent's first words keeps its name where the bare name is the parent's
    # (mentions.unit_of_parent)
    ("Tamsin Nexa, a subsidiary of Tamsin, agreed to buy 2,000 GPUs from Orlin Systems for $80 million.",
     ["chips announced: Tamsin Nexa buyer, Orlin Systems seller | 8e+07 USD once"]),
    # leasing capacity at the subject's own site leases it out (roles.lease_at_own_site); 'from X at its' does not
    ("Orlin Data signed an agreement with Brisa AI to lease 40 MW in its new data centre near Oslo for $900 million.",
     ["datacenter announced: Orlin Data seller, Brisa AI buyer | 9e+08 USD once"]),
    ("Brisa AI will lease 40 MW from Orlin Data at its campus near Oslo for $900 million.",
     ["datacenter announced: Brisa AI buyer, Orlin Data seller | 9e+08 USD once"]),
    # a deal told with its own verb whose size only an outsider guesses keeps the deal, not the guess
    # (candidates.estimated_value); a deal that itself may happen stays none (candidates.estimate)
    ("Orlin Power signed a 15-year agreement to supply Brisa Cloud with 300 MW, a deal which analysts estimate could "
     "be worth $2 billion.",
     ["power announced: Orlin Power seller, Brisa Cloud buyer"]),
    ("Brisa Cloud could buy as much as $2 billion of power from Orlin Power, analysts estimate.", []),
    # the subject of a relative clause that leads the round invests (roles.round_relative_lead)
    ("Velkor Robotics is in talks to raise $300 million in a funding round that Orlin Partners would lead.",
     ["investment talks: Velkor Robotics investee, Orlin Partners investor | 3e+08 USD once"]),
    # capacity from plants or reactors is power (type.capacity_from_plants); wafer capacity at a plant is not
    ("Brisa AI agreed to buy 800 megawatts of capacity from Orlin Utility's two reactors in Ohio.",
     ["power announced: Brisa AI buyer, Orlin Utility seller"]),
    ("Brisa AI agreed to buy $2 billion of wafer capacity at Orlin Semiconductor's new plant in Arizona.",
     ["chips announced: Brisa AI buyer, Orlin Semiconductor seller | 2e+09 USD once"]),
    # 'Under it,' opens on the deal just told with both its parties (discourse.under_it_told)
    ("Halvex Data and Brisa AI signed a seven-year agreement on Monday. Under that, Brisa AI will lease 90 MW at "
     "Halvex Data's Nevada campus for $2.6 billion.",
     ["datacenter announced: Halvex Data seller, Brisa AI buyer | 2.6e+09 USD once"]),
    # a company's kind between a verb of acquiring and its name (type.kind_before_object; roles.rival_as_object)
    ("Halvex Capital is in talks to acquire solar developer Orlin Renewables for about $1.2 billion.",
     ["acquisition talks: Halvex Capital acquirer, Orlin Renewables target | 1.2e+09 USD once"]),
    ("Brisa Micro has agreed to buy rival memory maker Tamsin Semiconductor for $3 billion in stock.",
     ["acquisition announced: Brisa Micro acquirer, Tamsin Semiconductor target | 3e+09 USD once"]),
    # a supplier whose recipient follows 'to' keeps its side whatever the recipient's kind (roles.supplied_to)
    ("Orlin Memory will supply $600 million of HBM chips to Tamsin, a designer of AI accelerators.",
     ["chips announced: Orlin Memory seller, Tamsin buyer | 6e+08 USD once"]),
    # a joint venture's members named in its apposition are no parties (roles.venture_members)
    ("Orlin Telecom bought a 20% stake in Tamsin Towers, a joint venture between Brisa Capital and Halvex Realty, "
     "for $300 million.",
     ["investment completed: Orlin Telecom investor, Tamsin Towers investee | 3e+08 USD once"]),
    # the owner an aside names for the names before it is no party (mentions.owners_aside)
    ("Halvex Robotics has secured $90 million in a new funding round. The round, which attracted investments from "
     "Velkor Capital and Orlin Ventures—both owned by the government of Tamsin—also included Brisa Partners.",
     ["investment completed: Halvex Robotics investee, Velkor Capital investor, Orlin Ventures investor, Brisa "
      "Partners investor | 9e+07 USD once"]),
    # subjects who invest jointly to build form a joint venture (type.joint_invest_to_build); 'purchased' is done
    ("Brisa Telecom and Orlin Cloud will jointly invest about EUR 600 million to develop an AI campus near Lyon.",
     ["partnership announced: Brisa Telecom partner, Orlin Cloud partner | 6e+08 EUR once"]),
    ("Last month Brisa Telecom purchased a 12-hectare site from Orlin Chemicals for EUR 30 million.",
     ["datacenter completed: Brisa Telecom buyer, Orlin Chemicals seller | 3e+07 EUR once"]),
    # a kind and its company noun in apposition after a noun of acquiring (type.kind_before_object,
    # mentions.anaphor_named); a body granting approval is no party (candidates.approver)
    ("Halvex confirmed the acquisition of the network chip maker company, Orlin Photonics, for $1.9 billion.",
     ["acquisition announced: Halvex acquirer, Orlin Photonics target | 1.9e+09 USD once"]),
    ("The Tamsin Competition Authority gave its approval to Halvex's $1.9 billion purchase of Orlin Photonics.",
     ["acquisition announced: Halvex acquirer, Orlin Photonics target | 1.9e+09 USD once"]),
    # optical hardware is a hardware supply (cues.yaml chips); a fiscal period is no name (mentions.fiscal_period)
    ("Brisa Cloud agreed to pay Orlin Glass up to $900 million through 2029 for fibre-optic cable for its data centres.",
     ["chips announced: Brisa Cloud buyer, Orlin Glass seller | 9e+08 USD once"]),
    ("Orlin Glass expects deliveries to Brisa Cloud to peak between FY28 and FY29.", []),
    # a parent named inside another name's descriptor is no party (mentions.parent_descriptor)
    ("Halvex Compute agreed to buy Brisa Edge, a Samsung unit, for $450 million.",
     ["acquisition announced: Halvex Compute acquirer, Brisa Edge target | 4.5e+08 USD once"]),
    # a company bought, its kind written before its name: the kind is no cue of what is traded (type.object_kind_not_cue);
    # a name of common words after a lower-case company noun is a name (mentions.described_generic_name)
    ("Norrvik Holdings bought hosting provider Clear Meadow for $120 million.",
     ["acquisition completed: Norrvik Holdings acquirer, Clear Meadow target | 1.2e+08 USD once"]),
    ("Norrvik Holdings will lease colocation space from Tessaly Grid for $120 million.",
     ["datacenter announced: Norrvik Holdings buyer, Tessaly Grid seller | 1.2e+08 USD once"]),
    ("Norrvik Holdings agreed to acquire a data centre in Ohio from Tessaly Grid for $120 million.",
     ["datacenter announced: Norrvik Holdings buyer, Tessaly Grid seller | 1.2e+08 USD once"]),
    ("The Green Energy Deal Lifts Shares of Norrvik", []),
    # 'one of its rivals, X,': the object of the deal's verb (roles.one_of_rivals), else a rival merely mentioned
    ("Norrvik Holdings signed a $120 million cloud deal with Velkor, as one of its rivals, Tessaly Grid, looked on.",
     ["compute announced: Norrvik Holdings buyer, Velkor seller | 1.2e+08 USD once"]),
    ("Norrvik bought Tessaly for 3.2 billion DKK.",
     ["acquisition completed: Norrvik acquirer, Tessaly target | 3.2e+09 DKK once"]),
    # licence-and-hire deals are partnerships (guideline 5): whose people are hired (mentions.hired_from,
    # roles.hired_licensor), a later sentence that tells both (discourse.license_and_hire); an outlet that 'has learned'
    # reports (mentions.outlet_learned)
    ("Brenmoor paid $650 million to hire Quillon's founders and license its models.",
     ["partnership announced: Brenmoor partner, Quillon partner | 6.5e+08 USD once"]),
    ("Brenmoor hired Quillon CEO Ada Fenn last year.", []),
    ("Brenmoor signed a $650 million agreement with Quillon. The deal includes hiring Quillon's researchers and "
     "licensing its speech models.",
     ["partnership announced: Brenmoor partner, Quillon partner | 6.5e+08 USD once"]),
    ("Brenmoor signed a $650 million cloud agreement with Quillon. It is hiring 200 engineers and will license office "
     "space in Austin.",
     ["compute announced: Brenmoor buyer, Quillon seller | 6.5e+08 USD once"]),
    ("Brenmoor will invest $650 million in Quillon, the Harbour Post has learned.",
     ["investment reported: Brenmoor investor, Quillon investee | 6.5e+08 USD once"]),
    # the leader of a round the investing is part of (roles.round_led_by); a company led by people is no round
    ("Brenmoor invested in Quillon as part of an $80 million round led by Ostrava Ventures.",
     ["investment completed: Brenmoor investor, Quillon investee, Ostrava Ventures investor | 8e+07 USD once"]),
    ("Brenmoor invested $20 million in Quillon, a startup led by former Velkor staff.",
     ["investment completed: Brenmoor investor, Quillon investee | 2e+07 USD once"]),
    # money raised 'for the purchase of' goods: the purpose's goods words are no trade (type.raised_to_buy)
    ("Brenmoor Cloud raised $300 million in debt from Ostrava Lending for the purchase of GPUs.",
     ["investment completed: Brenmoor Cloud investee, Ostrava Lending investor | 3e+08 USD once"]),
    ("Brenmoor Cloud signed a $300 million contract for the purchase of GPUs from Ostrava Systems.",
     ["chips announced: Brenmoor Cloud buyer, Ostrava Systems seller | 3e+08 USD once"]),
    # a figure right before its deal noun is that deal's (candidates.figure_before_noun); 'The £90 million sale'
    # opening a sentence sizes the deal before (discourse.opening_figure_back); a sale told as done is completed
    ("Brenmoor Estates has sold three data centres in Leeds to Quillon Partners. The £90 million sale comes as Brenmoor "
     "Estates works to complete its £1.2 billion takeover of Ostrava Digital.",
     ["datacenter completed: Brenmoor Estates seller, Quillon Partners buyer | 9e+07 GBP once",
      "acquisition announced: Brenmoor Estates acquirer, Ostrava Digital target | 1.2e+09 GBP once"]),
    ("Brenmoor has sold its stake in Quillon to Ostrava Capital for $90 million.",
     ["investment completed: Quillon investee, Ostrava Capital investor | 9e+07 USD once"]),
    ("Brenmoor sold $2 billion of chips last quarter.", []),
    # a name between 'its' and a site noun is the owner's site (mentions.owned_site_name)
    ("Brenmoor Cloud secured $300 million from Ostrava Lending to expand its Quillon AI campus in Ohio.",
     ["investment completed: Brenmoor Cloud investee, Ostrava Lending investor | 3e+08 USD once"]),
    ("Brenmoor Cloud will lease its Quillon data centre to Ostrava Systems for $300 million.",
     ["datacenter announced: Brenmoor Cloud seller, Ostrava Systems buyer | 3e+08 USD once"]),
    ("Brenmoor will invest $300 million in its partner Quillon AI, whose campus sits in Ohio.",
     ["investment announced: Brenmoor investor, Quillon AI investee | 3e+08 USD once"]),
    # money taken in by a phrasal verb ('raked in', 'brought in', 'picked up' before a figure): a round, completed
    ("Dutch startup Quillon Edge brought in $250 million.",
     ["investment completed: Quillon Edge investee | 2.5e+08 USD once"]),
    ("Quillon raked in $80 million from Ostrava Ventures and Pell Capital.",
     ["investment completed: Quillon investee, Ostrava Ventures investor, Pell Capital investor | 8e+07 USD once"]),
    ("Quillon picked up a $350 million contract from Ostrava.", []),
    # a payment noun and its 'to' (triggers.jsonl): the payer buys from the payee; a settlement is no deal
    ("Brenmoor, a data centre operator, made a $25 million prepayment to nuclear power company Quillon for SMR power.",
     ["power announced: Brenmoor buyer, Quillon seller | 2.5e+07 USD once"]),
    ("Brenmoor made a $50 million payment to Quillon for GPUs.",
     ["chips announced: Brenmoor buyer, Quillon seller | 5e+07 USD once"]),
    ("Brenmoor agreed to make a $300 million payment to Quillon to settle the lawsuit.", []),
    # 'Neither A nor B' as the subject: what they did not do (candidates.neither_nor); a later 'neither company' is none
    ("Neither Brenmoor nor Quillon Capital has agreed to fund the $900 million campus Ostrava Data wants.", []),
    ("Brenmoor signed a $2 billion cloud deal with Quillon; neither company disclosed further terms.",
     ["compute announced: Brenmoor buyer, Quillon seller | 2e+09 USD once"]),
    # an agreement 'to explore' building: a partnership (type.explored_aim); an agreement to build for the other is not
    ("Brenmoor signed a deal with Quillon to study the feasibility of developing a 500 MW campus in Chile.",
     ["partnership announced: Brenmoor partner, Quillon partner"]),
    ("Brenmoor signed a deal with Quillon to build a 500 MW campus for it.",
     ["datacenter announced: Brenmoor seller, Quillon buyer"]),
    # a stake with its share stated and only a valuation for a figure: a deal without amount
    # (candidates.share_with_valuation); a valuation alone is none
    ("The agreement, which hands Brenmoor a 9% stake in Quillon, values Quillon at $2 billion.",
     ["investment announced: Brenmoor investor, Quillon investee"]),
    ("The latest round values Quillon at $2 billion.", []),
    # the goods between a figure and its period (mentions.goods_period); 'a year ago' is no period
    ("Brenmoor will buy $400 million of cloud capacity a year from Quillon Compute.",
     ["compute announced: Brenmoor buyer, Quillon Compute seller | 4e+08 USD year"]),
    ("Brenmoor bought $400 million of servers from Quillon Systems a year ago.",
     ["chips completed: Brenmoor buyer, Quillon Systems seller | 4e+08 USD once"]),
    # 'The startup, X,' opening names X (mentions.opening_named); backers named between the subject and the round
    # (roles.backers_before_round); a relative clause's seller is no backer
    ("The chipmaker, Quillon, secured backing from Ostrava Capital in a $40 million Series A round.",
     ["investment completed: Quillon investee, Ostrava Capital investor | 4e+07 USD once"]),
    ("Quillon, backed by Ostrava Capital, closed a $40 million Series A led by Pell Ventures.",
     ["investment completed: Quillon investee, Pell Ventures investor | 4e+07 USD once"]),
    ("Quillon, which buys chips from Ostrava Systems, closed a $40 million Series A.",
     ["investment completed: Quillon investee | 4e+07 USD once"]),
    # a parent named after 'a subsidiary of' describes the name before (mentions.parent_of_descriptor); free words
    # before an acquired name are its kind only without a preposition ('purchased from developer X': X sells)
    ("Velkor Data signed a RM117 million lease with Orsk Properties, a unit of Tamsin Corp.",
     ["datacenter announced: Velkor Data buyer, Orsk Properties seller | 1.17e+08 MYR once"]),
    ("Velkor Data purchased the site from developer Orsk Properties for RM117 million.",
     ["datacenter completed: Velkor Data buyer, Orsk Properties seller | 1.17e+08 MYR once"]),
    # a possessive that governs an administrative area is a place (mentions.area_possessor); 'state-of-the-art' is none
    ("Brenmoor bought a 40-acre site in Vastria's eastern province from Quillon Properties for $60 million.",
     ["datacenter completed: Brenmoor buyer, Quillon Properties seller | 6e+07 USD once"]),
    ("Brenmoor will invest $5 billion in Quillon's state-of-the-art data centre.",
     ["investment announced: Brenmoor investor, Quillon investee | 5e+09 USD once"]),
    # an agreement with Y for the purchase of goods or land: its subject buys (roles.agreement_to_buy); a sale is the
    # subject's own; a stake is no trade
    ("Brenmoor Digital has entered into an agreement with Quillon Group for the purchase of a 31-acre site.",
     ["datacenter announced: Quillon Group seller, Brenmoor Digital buyer"]),
    ("Brenmoor Digital signed an agreement with Quillon Group for the sale of its Ohio campus.",
     ["datacenter announced: Brenmoor Digital seller, Quillon Group buyer"]),
    # a deal closed in on is in talks ('is close to securing', 'is finalising'); a report named as the source reports;
    # goods 'containing' a maker's chips name no party (roles.goods_running)
    ("Brenmoor Systems is close to securing a $5 billion deal to supply servers to Quillon.",
     ["chips talks: Brenmoor Systems seller, Quillon buyer | 5e+09 USD once"]),
    ("Brenmoor Systems is finalising a deal worth over $5 billion to supply Quillon with servers.",
     ["chips talks: Brenmoor Systems seller, Quillon buyer | 5e+09 USD once"]),
    ("Brenmoor would sell $5 billion worth of servers containing Nvidia GPUs to startup Quillon.",
     ["chips announced: Brenmoor seller, Quillon buyer | 5e+09 USD once"]),
    ("Investors cheered a report that Quillon was preparing to buy $5 billion of servers from Brenmoor Systems.",
     ["chips reported: Quillon buyer, Brenmoor Systems seller | 5e+09 USD once"]),
    # the bidders a winner beat are no parties (context list passed_over, roles.comparison)
    ("Quillon had beaten Pell Systems and Brenmoor Technologies to win a $1 billion contract to supply servers to "
     "Ostrava.", ["chips announced: Quillon seller, Ostrava buyer | 1e+09 USD once"]),
    # 'it' and an auxiliary before the trigger stand for the last subject (mentions.it_auxiliary); 'It is expected
    # that' is no actor
    ("Brenmoor Cloud reported strong results. It is acquiring Quillon Systems for $900 million.",
     ["acquisition announced: Brenmoor Cloud acquirer, Quillon Systems target | 9e+08 USD once"]),
    ("Brenmoor Cloud reported strong results. It has agreed to buy 10,000 GPUs from Quillon Systems for $300 million.",
     ["chips announced: Brenmoor Cloud buyer, Quillon Systems seller | 3e+08 USD once"]),
    ("Brenmoor Cloud reported strong results. It is expected that Quillon Systems will buy $300 million of servers "
     "from Pell.", ["chips announced: Quillon Systems buyer, Pell seller | 3e+08 USD once"]),
    # the acquirer named as the modifier of a noun of acquiring (mentions.acquirer_modifier); a place there is none
    ("The $2 billion Brenmoor acquisition of Quillon closed last week.",
     ["acquisition completed: Brenmoor acquirer, Quillon target | 2e+09 USD once"]),
    ("The Texas acquisition of Quillon closed last week.", []),
    # a speaker whose mention left a suffix out still reports its unit's deal (roles.speaker_reports, SPEAKER_GAP)
    ("Blackstone Group today announced that its portfolio company Quillon has agreed to buy a data centre from Pell "
     "Data for $600 million.", ["datacenter announced: Quillon buyer, Pell Data seller | 6e+08 USD once"]),
    # a kind opening the sentence before a name of English words (mentions.descriptor_before_word_name); a lower-case
    # word after the kind keeps it a phrase of the language
    ("Startup Lantern has raised $40 million from Quillon Capital.",
     ["investment completed: Lantern investee, Quillon Capital investor | 4e+07 USD once"]),
    ("Neocloud Harbor will pay Pell $30 million a month for data centre capacity.",
     ["datacenter announced: Harbor buyer, Pell seller | 3e+07 USD month"]),
    ("Utility Brenmoor Power will supply electricity to Quillon under a $400 million contract.",
     ["power announced: Brenmoor Power seller, Quillon buyer | 4e+08 USD once"]),
    # the payer of a deal just told pays its figure though the sentence names a beaten bidder or a compared rival
    # (discourse.payer_pays_aside); a second company that takes part keeps the figure from the deal before
    ("Brenmoor has agreed to buy a 40% stake in Quillon. Brenmoor will pay $600 million for the holding, beating "
     "Pellix Capital.", ["investment announced: Brenmoor investor, Quillon investee | 6e+08 USD once"]),
    ("Harwick is acquiring Pelloran. Like Quillon Systems before it, Harwick will pay $2 billion in cash.",
     ["acquisition announced: Harwick acquirer, Pelloran target | 2e+09 USD once"]),
    # a payment for nothing named between the parties of a deal told before is that deal's price, paid by its buyer
    # (discourse.payment_of_told_deal); paid by the seller, it is no price of that deal
    ("Brenmoor Labs signed a five-year contract to rent GPU servers from Quillon Cloud. Brenmoor will pay Quillon "
     "$1.2 billion over the term.", ["compute announced: Brenmoor buyer, Quillon seller | 1.2e+09 USD once"]),
    ("Brenmoor Labs signed a five-year contract to rent GPU servers from Quillon Cloud. Quillon will pay Brenmoor "
     "$20 million for its software.", ["compute announced: Brenmoor buyer, Quillon seller",
                                       "partnership announced: Quillon partner, Brenmoor partner | 2e+07 USD once"]),
    # an opening deal noun with a figure refers back: the company tied to a second deal noun is of another deal
    # (discourse.figure_of_deal_before), and the round's lead is no share of its own (discourse.sized_round_adds)
    ("Harwick agreed to buy GPUs from Pelloran. The $500 million order comes after Harwick's contract with Quillon "
     "Cloud in May.", ["chips announced: Harwick buyer, Pelloran seller | 5e+08 USD once",
                       "compute announced: Harwick buyer, Quillon Cloud seller"]),
    ("Harwick agreed to buy GPUs from Pelloran. The $500 million order is Pelloran's largest since its deal with "
     "Quillon Cloud.", ["chips announced: Harwick buyer, Pelloran seller | 5e+08 USD once",
                        "compute announced: Pelloran buyer, Quillon Cloud seller"]),
    ("Brenmoor raised new money from Tessaly Ventures. The $80 million Series B was led by Quillon Capital, with "
     "Pellix Partners joining.", ["investment completed: Brenmoor investee, Tessaly Ventures investor, Quillon "
                                  "Capital investor, Pellix Partners investor | 8e+07 USD once"]),
    # what is for sale could fetch a figure: the price of the sale just told (discourse.sale_would_fetch); with no sale
    # told, no deal
    ("Pellix Infrastructure is in talks to buy Brenmoor, people familiar with the matter said. Brenmoor, which runs "
     "14 data centres in Spain, could fetch about €3 billion.",
     ["acquisition talks: Pellix Infrastructure acquirer, Brenmoor target | 3e+09 EUR once"]),
    ("Brenmoor, which runs 14 data centres in Spain, could fetch about €3 billion in a sale, analysts said.", []),
    # an investor's own part of a round told just before: an investor of the round and a record of its part
    # (discourse.part_of_round_told); a figure no smaller than the round's is no part of it
    ("Brenmoor raised $100 million in a Series C. Quillon Capital put in $40 million.",
     ["investment completed: Brenmoor investee, Quillon Capital investor | 1e+08 USD once",
      "investment announced: Quillon Capital investor, Brenmoor investee | 4e+07 USD once"]),
    ("Brenmoor raised $100 million in a Series C. Quillon Capital invested $300 million in Pellix last year.",
     ["investment completed: Brenmoor investee | 1e+08 USD once",
      "investment completed: Quillon Capital investor, Pellix investee | 3e+08 USD once"]),
    # the company a financing is 'for' is named right after the trigger, not before it (roles.financing_for)
    ("Brenmoor is in talks with Quillon Capital about financing of up to $3 billion.",
     ["investment talks: Brenmoor investee, Quillon Capital investor | 3e+09 USD once"]),
    # a deal noun whose modifier is the electricity sold names its kind over the site it is for (type.power_deal_noun);
    # computing power is no electricity
    ("Brenmoor signed an electricity agreement with Quillon for its data centre campus in Texas.",
     ["power announced: Brenmoor buyer, Quillon seller"]),
    ("Brenmoor signed a $2 billion computing power deal with Quillon Cloud.",
     ["compute announced: Brenmoor buyer, Quillon Cloud seller | 2e+09 USD once"]),
    # a party of the trade just told signs a similar agreement with another: a deal of the same kind, roles kept
    # (discourse.similar_agreement)
    ("Brenmoor Energy will supply 300 MW to Quillon's campus under a 20-year deal. Brenmoor has also signed a similar "
     "contract with Pellix Data.", ["power announced: Brenmoor seller, Quillon buyer",
                                    "power announced: Brenmoor seller, Pellix Data buyer"]),
    # an agreement of the very parties of a trade told without a figure, sized: that trade sized
    # (merging.sized_by_agreement)
    ("Pellix Energy will supply electricity to Brenmoor's Ohio campus. Pellix's contract with Brenmoor is worth "
     "$700 million over 15 years.", ["power announced: Pellix seller, Brenmoor buyer | 7e+08 USD once"]),
    # a relative clause read on its own, whose verb of acquiring has the described name as its object
    # (type.object_relative_clause); a subject relative keeps its antecedent the acquirer
    ("Brenmoor Data, which Pellix bought for $900 million last year, will lease a campus to Quillon.",
     ["acquisition completed: Pellix acquirer, Brenmoor Data target | 9e+08 USD once"]),
    ("Brenmoor Data, which acquired Pellix for $900 million last year, will lease a campus to Quillon.",
     ["acquisition completed: Brenmoor Data acquirer, Pellix target | 9e+08 USD once"]),
    # the legal form after a comma, made the subject's head by the parse: the name before it (mentions.suffix_head)
    ("Brenmoor Tavelin, Inc. today announced that it has agreed to sell $400 million of servers to Quillon Maravet.",
     ["chips announced: Brenmoor Tavelin seller, Quillon Maravet buyer | 4e+08 USD once"]),
    # several customers won by the one company of the sentence before: the buyer named next buys from it
    # (discourse.customers_won); customers of another company's are no one's here
    ("Pellix Cloud has signed up three new customers this quarter. Brenmoor Labs will pay $600 million for GPU "
     "capacity over two years.", ["compute announced: Brenmoor Labs buyer, Pellix Cloud seller | 6e+08 USD once"]),
    ("Pellix Cloud said demand was strong. Brenmoor Labs will pay $600 million for GPU capacity over two years.", []),
    # a trade told as earlier or lasting, with no figure, is a relationship (candidates.previously_no_figure); with a
    # figure it is a past deal
    ("Brenmoor has long bought its chips from Quillon Systems.", []),
    ("Brenmoor once leased a data centre from Quillon Data.", []),
    ("Brenmoor had previously bought $300 million of servers from Quillon Systems in 2023.",
     ["chips completed: Brenmoor buyer, Quillon Systems seller | 3e+08 USD once"]),
    # a generating plant named as 'its' before, selling to the one company named, stands for its owner
    # (mentions.plant_anaphor); a plant no sentence before called a company's stands for no one
    ("Brenmoor Power is building two gas turbines at its Ohio plant. The plant will supply electricity to Quillon "
     "Data for 15 years.", ["power announced: Brenmoor Power seller, Quillon Data buyer"]),
    ("Pellix Capital and Brenmoor signed a loan agreement last year. The plant will supply electricity to Quillon "
     "Data for 15 years.", []),
    # a name labelling a list item before its colon is the company the item is about (mentions.item_label); a label
    # of English words is none
    ("Deals of the week:\n1. Brenmoor: $80 million Series B led by Quillon Capital\n2. Status: closed in May",
     ["investment announced: Brenmoor investee, Quillon Capital investor | 8e+07 USD once"]),
    ("Terms:\n- Buyer: will pay $80 million to Quillon Capital over two years", []),
    # what a company's own verb says it makes or runs tells its kind (mentions.kind_from_predicate); what it buys does
    # not
    ("Ostmarva, which makes inference chips, signed a $900 million agreement with Velquist for accelerators.",
     ["chips announced: Velquist buyer, Ostmarva seller | 9e+08 USD once"]),
    # two names of several words joined by 'and', which the parser made one phrase: each is a name in the slot
    # (mentions.coordinated_modifier); 'and other investors' adds no name
    ("Brenmoor, a data centre operator, raised $240 million from Pellix Capital and Quill Harbor Partners.",
     ["investment completed: Brenmoor investee, Pellix Capital investor, Quill Harbor Partners investor | 2.4e+08 USD "
      "once"]),
    ("Brenmoor, an Indian data centre operator, raised $240 million from Karvan Capital and Teal Ridge Partners.",
     ["investment completed: Brenmoor investee, Karvan Capital investor, Teal Ridge Partners investor | 2.4e+08 USD "
      "once"]),
    # (a sentence of names is running text, not a title-case headline, while a word of it is in lower case)
    ("Velquist raised $90 million from Dunmore Capital and Ashby Lane Ventures.",
     ["investment completed: Velquist investee, Dunmore Capital investor, Ashby Lane Ventures investor | 9e+07 USD "
      "once"]),
    ("Ostmarva raised $50 million from Teal Capital and other investors.",
     ["investment completed: Ostmarva investee, Teal Capital investor | 5e+07 USD once"]),
    # a site opening the sentence, named before by a sentence whose one company only its slot finds: that sentence is
    # parsed for it (mentions.site_opens_parse); two builders before leave the landlord untold
    ("Brenmoor is building a 300 MW campus in Iowa. The campus will be leased to Quill Labs for 12 years.",
     ["datacenter announced: Brenmoor seller, Quill Labs buyer"]),
    ("Brenmoor and Dessamy are building a campus in Iowa. The campus will be leased to Quill Labs for 12 years.", []),
    # after the told deal's comparison, another company's own clause of signing a deal is the earlier deal of the
    # same kind (discourse.earlier_deal_after); a clause with no deal in it is none
    ("Harbor AI agreed to rent GPUs from Velora Compute for $2 billion. It is Velora's biggest contract yet, after "
     "Brisko signed a $900 million agreement in May.",
     ["compute announced: Harbor AI buyer, Velora seller | 2e+09 USD once",
      "compute announced: Velora seller, Brisko buyer | 9e+08 USD once"]),
    ("Harbor AI agreed to rent GPUs from Velora Compute for $2 billion. It is Velora's biggest contract yet, after "
     "Brisko said it would cut spending.",
     ["compute announced: Harbor AI buyer, Velora seller | 2e+09 USD once"]),
    # debt lent for one site is a datacenter deal, the lender the seller (type.loan_for_site); debt to fund sites in
    # general, a credit facility or equity stays an investment in the company
    ("Brenmoor Bank provided $400 million of debt financing for Quill Labs' data centre in Iowa.",
     ["datacenter announced: Quill Labs buyer, Brenmoor Bank seller | 4e+08 USD once"]),
    ("Quill Labs secured a $400 million loan from Brenmoor Bank to fund data centres in Iowa.",
     ["investment completed: Quill Labs investee, Brenmoor Bank investor | 4e+08 USD once"]),
    ("Quill Labs secured a $400 million credit facility from Brenmoor Bank for its Iowa campus.",
     ["investment completed: Quill Labs investee, Brenmoor Bank investor | 4e+08 USD once"]),
    # lenders a later sentence adds to a site's financing sell with the first (discourse.site_lenders); tenants a
    # sentence adds to a lease are no lenders
    ("Quill Labs secured a $400 million loan from Brenmoor Bank for its Iowa campus. The financing was also backed "
     "by Ostren Bank and Kelmar Credit.",
     ["datacenter completed: Quill Labs buyer, Brenmoor Bank seller, Ostren Bank seller, Kelmar Credit seller | 4e+08 "
      "USD once"]),
    ("Quill Labs agreed to lease a campus from Dessamy for $400 million. Other tenants include Ostren Bank and "
     "Kelmar Credit.",
     ["datacenter announced: Quill Labs buyer, Dessamy seller | 4e+08 USD once"]),
    # a trade naming no goods, of a party of the trade just told in the same role, is of the same kind
    # (discourse.same_party_trade); that party on the other side is no such deal of that kind, its goods unnamed
    # (roles.trade_oblique_kept)
    ("Quill Labs has ordered $2 billion of servers from Brenmoor. Dessamy has also placed a $500 million order with "
     "Brenmoor.",
     ["chips announced: Quill Labs buyer, Brenmoor seller | 2e+09 USD once",
      "chips announced: Brenmoor seller, Dessamy buyer | 5e+08 USD once"]),
    ("Quill Labs has ordered $2 billion of servers from Brenmoor. Dessamy has also won a $500 million order from "
     "Brenmoor.",
     ["chips announced: Quill Labs buyer, Brenmoor seller | 2e+09 USD once",
      "partnership announced: Dessamy partner, Brenmoor partner | 5e+08 USD once"]),
    # a round's own valuation of its company says the round is one, with no amount (candidates.round_valuing); a
    # company's valuation beside a partnership does not
    ("Quill Capital led a funding round that would value Brenmoor at $900 million.",
     ["investment announced: Quill Capital investor, Brenmoor investee"]),
    ("Brenmoor, now valued at $900 million, announced a partnership with Quill Capital.", []),
    # 'with financing from X' after a subject: X funds it (a trigger of triggers.jsonl); a site being built with it is
    # the site's financing (type.loan_for_site)
    ("Brenmoor is building a 100 MW data centre in Utah with financing from Quill Bank.",
     ["datacenter announced: Brenmoor buyer, Quill Bank seller"]),
    ("Brenmoor is developing new chips with funding from Quill Capital.",
     ["investment announced: Brenmoor investee, Quill Capital investor"]),
    # a site of one side's after the goods is where they go, no site traded (type.site_destination); a lease keeps its
    # own cue
    ("Brenmoor Data has signed a letter of intent with Quill Power for up to 400 MW of electricity at its planned "
     "Nevada campus.",
     ["power announced: Brenmoor Data buyer, Quill Power seller"]),
    ("Brenmoor Data signed a lease with Quill Labs for 50 MW of capacity at its Nevada campus.",
     ["datacenter announced: Brenmoor Data seller, Quill Labs buyer"]),
    # a company a merger creates, said to be worth a figure, is valued, no price (money.yaml not_amount_before; the
    # deal's own valuation keeps the merger, candidates.deal_valuing)
    ("Brenmoor has agreed to merge with Quill Robotics in an all-stock deal that creates a company worth $7 billion.",
     ["acquisition announced: Brenmoor acquirer, Quill Robotics target"]),
    # a count of goods written with a thousands comma is still the object: another's goods hosted are a site's
    # service (type.hosted_goods, type.object_of_trade)
    ("Brenmoor Digital will host 12,000 of Quill AI's GPUs at its Quebec facility for three years.",
     ["datacenter announced: Brenmoor Digital seller, Quill AI buyer"]),
    ("Brenmoor will supply 12,000 accelerators to Quill AI under a three-year deal.",
     ["chips announced: Brenmoor seller, Quill AI buyer"]),
    ("Quill Bank provided a Rs 2,000 crore loan to Brenmoor for its expansion.",
     ["investment announced: Quill Bank investor, Brenmoor investee | 2e+10 INR once"]),
    # a term sheet signed is an agreement (context.yaml agreement_nouns; mentions.signed_other_thing reads the
    # object's compound with its head); a sheet of another kind is not
    ("Brenmoor Compute inked a term sheet with Quill AI to provide GPU capacity worth $400 million.",
     ["compute announced: Brenmoor Compute seller, Quill AI buyer | 4e+08 USD once"]),
    ("Brenmoor and Quill AI signed attendance sheets at the conference.", []),
    # a bare agreement of two, then one side's own trade with no one else named: that trade
    # (discourse.bare_agreement_side); a side's work that trades nothing leaves the agreement bare
    ("Brenmoor Energy and Quill Cloud have signed a 12-year agreement. Brenmoor will supply 250 MW from its wind "
     "farms in Iowa.",
     ["power announced: Brenmoor seller, Quill Cloud buyer"]),
    ("Brenmoor Energy and Quill Cloud have signed a 12-year agreement. Brenmoor will study sites in Iowa.",
     ["partnership announced: Brenmoor partner, Quill Cloud partner"]),
    # the loan just told, its financier named in a participle set off by commas (discourse.provided_financing)
    ("Brenmoor Compute has raised $600 million in debt. The loan, arranged by Quill Bank and Ostren Bank, will fund "
     "GPU purchases.",
     ["investment completed: Brenmoor Compute investee, Quill Bank investor, Ostren Bank investor | 6e+08 USD once"]),
    # a tier of government between a name and 'government' keeps the body a party (mentions shape 'government')
    ("Brenmoor Compute won a Rs 1,200 crore order from the Telvana state government to supply computing capacity.",
     ["compute announced: Brenmoor Compute seller, Telvana state government buyer | 1.2e+10 INR once"]),
    # lenders named between the financing and the site it is for (type.loan_for_site)
    ("Quill Digital has secured $2 billion in financing from a group of lenders including Ostren Bank and Kelmar "
     "Credit for its Ohio campus.",
     ["datacenter completed: Quill Digital buyer, Ostren Bank seller, Kelmar Credit seller | 2e+09 USD once"]),
    # 'worth' set off after a deal and its other side is the deal's worth, whatever results word came before
    # (mentions.deal_valued_at); a business's worth is no deal
    ("Quill Cloud said revenue from its contract with Brenmoor, worth $11 billion over five years, would start "
     "flowing next quarter.",
     ["compute announced: Brenmoor buyer, Quill Cloud seller | 1.1e+10 USD once"]),
    # an extension is an agreement noun: 'The extension is worth ...' sizes the deal just told
    # (context.yaml agreement_nouns; discourse.opening_figure_back)
    ("Quill AI and Brenmoor Cloud extended their GPU rental agreement by two years. The extension is worth $900 "
     "million.",
     ["compute announced: Quill AI buyer, Brenmoor Cloud seller | 9e+08 USD once"]),
    # a name's first word that is an English word opens a sentence with a verb of acting: the company, short
    # (mentions.short_form_opening); the word opening a sentence otherwise is no name
    ("Lucent Labs raised $90 million in a funding round. Lucent will use the money to rent GPUs from Quill Cloud "
     "under a two-year, $40 million contract.",
     ["investment completed: Lucent investee | 9e+07 USD once",
      "compute announced: Lucent buyer, Quill Cloud seller | 4e+07 USD once"]),
    ("Lucent Labs raised $90 million in a funding round. Lucent glass panels will be rented from Quill Cloud.",
     ["investment completed: Lucent Labs investee | 9e+07 USD once"]),
    # several deals of one company counted, then each opened on ('the first', 'the second') with its other side
    # (discourse.enumerated_deal); an ordinal of something else is none
    ("Brenmoor Energy signed two power purchase agreements this week. The first, with Quill Cloud, covers 150 MW. "
     "The second, with Ostren AI, covers 90 MW for 12 years.",
     ["power announced: Brenmoor Energy seller, Quill Cloud buyer",
      "power announced: Brenmoor Energy seller, Ostren AI buyer"]),
    ("Brenmoor Energy signed two power purchase agreements. The first year, with strong demand from Quill Cloud, was "
     "good.", []),
    # investors after 'Among the participants were' (context.yaml round_investor_cues) and after ', as did'
    # (discourse.as_did) join the round just told; unnamed ones add no one
    ("Brenmoor AI raised $80 million. Among the participants were Quill Ventures, Ostren Capital and the Kelmar "
     "Growth Fund.",
     ["investment completed: Brenmoor AI investee, Quill Ventures investor, Ostren Capital investor, "
      "Kelmar Growth Fund investor | 8e+07 USD once"]),
    ("Brenmoor AI raised $80 million. Quill Ventures also participated, as did several angel investors.",
     ["investment completed: Brenmoor AI investee, Quill Ventures investor | 8e+07 USD once"]),
    # a deal being discussed is in talks (cues.yaml status_cues talks)
    ("Brenmoor and Quill Power are discussing a partnership under which Brenmoor would buy as much as 2 GW of power "
     "from Quill Power's reactors.",
     ["power talks: Brenmoor buyer, Quill Power seller"]),
    # a valuation with a hedge before its figure is still a valuation, never the amount (money.py excluded_before)
    ("Tolvern AI is raising $400 million from Quill Ventures at a valuation of about $6 billion.",
     ["investment announced: Tolvern AI investee, Quill Ventures investor | 4e+08 USD once"]),
    ("Tolvern AI is in talks to raise money from Quill Ventures at a valuation of more than $6 billion.",
     ["investment talks: Tolvern AI investee, Quill Ventures investor"]),
    ("Tolvern AI is raising new funding from Quill Ventures and Ostren Capital at a $6 billion valuation.",
     ["investment announced: Tolvern AI investee, Quill Ventures investor, Ostren Capital investor"]),
    # a valuation with no round of two sides is no deal (candidates.figures_not_deal)
    ("Tolvern AI, now valued at about $6 billion, named Quill Ventures' founder to its board.", []),
    # a kind noun before a name describes it only when nothing but descriptor nouns follow it ('AI cloud company
    # Dorvik'); 'the chipmaker said Cordova AI' makes another company the chipmaker (mentions.kind_from_description)
    ("Selwyn's shares jumped 12% after the chipmaker said Cordova AI had agreed to buy $4 billion of its processors.",
     ["chips announced: Cordova AI buyer, Selwyn seller | 4e+09 USD once"]),
    ("AI cloud company Dorvik has grown fast this year. Dorvik and Pellan Labs signed a $900 million agreement for "
     "computing capacity.",
     ["compute announced: Pellan Labs buyer, Dorvik seller | 9e+08 USD once"]),
    # 'X will sell Y to Z': Y the target, Z the acquirer, the seller no party (roles.company_seller); goods sold are
    # no company
    ("Corvane will sell Ostrel Networks to Pellham Capital for $1.4 billion.",
     ["acquisition announced: Ostrel Networks target, Pellham Capital acquirer | 1.4e+09 USD once"]),
    # (read by word order where the parse gives no frame)
    ("Corvane will sell Halvex Cloud to Tollund Infrastructure for $3.1 billion.",
     ["acquisition announced: Halvex Cloud target, Tollund Infrastructure acquirer | 3.1e+09 USD once"]),
    ("Corvane will sell 20,000 accelerators to Pellham Cloud for $600 million.",
     ["chips announced: Corvane seller, Pellham Cloud buyer | 6e+08 USD once"]),
    # deals counted by their sides, then told one by one after 'The largest, with X' (discourse.enumerated_deal,
    # mentions.enumerated_parse, discourse.counted_sides_kind); with no count before, no deal
    ("Halbrook Labs has signed contracts with two chip suppliers. The larger one, with Tessily, covers 30,000 "
     "accelerators.",
     ["chips announced: Halbrook Labs buyer, Tessily seller"]),
    ("Halbrook Labs had a busy year. The largest, with Tessily Cloud, is worth $2 billion.", []),
    # a payment for goods, then the site they go to: the goods' type (type.site_destination, type.paid_for_power);
    # a payment for the site itself stays a datacenter deal
    ("Brenner Cloud expects to pay Quillon Energy about $90 million a year for electricity at its Nevada site.",
     ["power announced: Brenner Cloud buyer, Quillon Energy seller | 9e+07 USD year"]),
    ("Brenner Cloud will pay Quillon Data $500 million for its Nevada data centre campus.",
     ["datacenter announced: Brenner Cloud buyer, Quillon Data seller | 5e+08 USD once"]),
    # a capitalised company suffix after a name is the name's last word, no ticker (gates.bare_ticker)
    ("Orsk Capital will invest €2 billion in Arktis AI, a maker of language models.",
     ["investment announced: Orsk Capital investor, Arktis AI investee | 2e+09 EUR once"]),
    # a site supplied with named goods is where they go (type.site_supplied_goods); a site supplied with nothing
    # named stays the datacenter deal
    ("Pellam Denki will supply Oruga Compute's new campus near Kobe with 150 MW of electricity for 20 years.",
     ["power announced: Pellam Denki seller, Oruga Compute buyer"]),
    ("Under the terms, Felsted will pay Osric Energy a fixed price for electricity from two new wind farms, which "
     "will supply its Texas data centres.",
     ["power announced: Felsted buyer, Osric Energy seller"]),
    ("Velkor Systems will supply Orsk AI's new campus under a $900 million contract.",
     ["datacenter announced: Velkor Systems seller, Orsk AI buyer | 9e+08 USD once"]),
    # hosting another's work sells computing, whatever goods it runs on (type.hosted_work before type.hosted_goods);
    # hosting another's goods is colocation
    ("The two companies did not disclose the value of the agreement, under which Fennick Cloud will host Orla Labs' "
     "models on 5,000 accelerators.",
     ["compute announced: Fennick Cloud seller, Orla Labs buyer"]),
    ("Fennick Data will host Orla Labs' GPUs at its Dallas campus under a $200 million contract.",
     ["datacenter announced: Fennick Data seller, Orla Labs buyer | 2e+08 USD once"]),
    # a company's investing arm in a round's investor list: the company invests (discourse.arm_of_member)
    ("Brisa Labs raised $40 million last week. Investors included the investment arm of Tolvane and Quill Ventures.",
     ["investment completed: Brisa Labs investee, Tolvane investor, Quill Ventures investor | 4e+07 USD once"]),
    # an AI lab buys computing in a deal told without a direction (roles.lab_buys_compute); a cloud provider sells it
    ("Halbrook Inks $4B GPU Cloud Contract With Pellan Labs",
     ["compute announced: Pellan Labs buyer, Halbrook seller | 4e+09 USD once"]),
    ("Pellan Labs and Halbrook Cloud signed a $4 billion computing agreement.",
     ["compute announced: Pellan Labs buyer, Halbrook Cloud seller | 4e+09 USD once"]),
    # goods bought for a site buy the goods, no site (type.land_bought reads no preposition before the site's noun)
    ("Vennor AI will buy GPUs for the site from Ostrel Systems for about $4 billion.",
     ["chips announced: Vennor AI buyer, Ostrel Systems seller | 4e+09 USD once"]),
    ("Vennor AI will buy the Marlow site from Ostrel Systems for about $400 million.",
     ["datacenter announced: Vennor AI buyer, Ostrel Systems seller | 4e+08 USD once"]),
    ("The land was purchased from Ostrel Holdings by Vennor AI for $90 million.",
     ["datacenter completed: Vennor AI buyer, Ostrel Holdings seller | 9e+07 USD once"]),
    # a round 'anchored by' an investor is led by it (cues.yaml investor_cues, context.yaml round_investor_cues);
    # 'the round in X' names the company raising it (roles.round_named_for)
    ("Marrick Robotics raised $95 million in a round anchored by the sovereign fund Teralis Holdings.",
     ["investment completed: Marrick Robotics investee, Teralis Holdings investor | 9.5e+07 USD once"]),
    ("Marrick Robotics raised $95 million. The round was anchored by Teralis Holdings.",
     ["investment completed: Marrick Robotics investee, Teralis Holdings investor | 9.5e+07 USD once"]),
    ("Existing investors Orbis Ventures and Hale Capital also returned for the $250 million round in Tessaly Labs.",
     ["investment announced: Orbis Ventures investor, Hale Capital investor, Tessaly Labs investee | 2.5e+08 USD "
      "once"]),
    # a unit counted ('90 MW') is no other name in the clause a company reports (mentions.counted_unit)
    ("Byrne Data Centers said Lumo Labs had leased 90 MW at its Virginia site.",
     ["datacenter announced: Lumo Labs buyer, Byrne Data Centers seller"]),
    # capacity in watts taken from a site of the other side's is space in a data centre (type.megawatt_at_site)
    ("Thornbury AI agreed to take 200 MW of capacity from Ridley Data's new campus in Finland over 10 years.",
     ["datacenter announced: Thornbury AI buyer, Ridley Data seller"]),
    # a grant or subsidy received, won or secured is funding into the receiver (triggers.jsonl, investee first);
    # equity received is no grant (the receiver invests)
    ("Gwynne Systems is set to receive up to $600 million in federal grants from the Department of Commerce to "
     "expand its chip plant in Ohio.",
     ["investment announced: Gwynne Systems investee, Department of Commerce investor | 6e+08 USD once"]),
    ("Gwynne Systems won $60 million in subsidies from the Tamsin Innovation Agency.",
     ["investment announced: Gwynne Systems investee, Tamsin Innovation Agency investor | 6e+07 USD once"]),
    # ', and it is in talks with Z ...' after a stated deal is a clause of its own; its talks are not the first
    # deal's status (mentions.pronoun_talks_clause)
    ("On Tuesday Quarry Labs signed a $3 billion agreement with Holloway Semiconductor for custom accelerators, and "
     "it is in talks with Prewitt Micro about a second supply deal.",
     ["chips announced: Quarry Labs buyer, Holloway Semiconductor seller | 3e+09 USD once"]),
    # a round being raised: 'X is leading, and Y is also investing' names its investors (discourse.led_alone,
    # discourse.lead_and_joined); 'have invested since 2021' is a standing relationship, no part in it
    ("The San Francisco startup Selkirk AI has agreed terms for a $1.5 billion round. Bowfell Capital is leading, and "
     "Corran Partners is also investing, according to people familiar with the matter.",
     ["investment announced: Selkirk AI investee, Bowfell Capital investor, Corran Partners investor | 1.5e+09 USD "
      "once"]),
    # a capitalised goods word in running text closes a company's name (mentions.titled_goods_name); an acronym's
    # plural after a maker's name is the goods
    ("Pemberton Semiconductor, Ardent Micro and Talos Chips will each supply accelerators to Yorath AI.",
     ["chips announced: Pemberton Semiconductor seller, Ardent Micro seller, Talos Chips seller, Yorath AI buyer"]),
    ("Velkor bought 100,000 Stellix GPUs from Orsk Cloud.",
     ["chips completed: Velkor buyer, Orsk Cloud seller"]),
    # a running total after 'having' is no transaction either (candidates.cumulative)
    ("Nestor Capital is one of the largest shareholders in Vantry, having invested $300 million since 2019.", []),
    # tapping another's GPU clusters uses its computing, as 'use' does (triggers.jsonl, compute)
    ("Pax Labs will tap Grendel Cloud's GPU clusters to train its next models under a $1.3 billion agreement.",
     ["compute announced: Pax Labs buyer, Grendel Cloud seller | 1.3e+09 USD once"]),
    # money committed to a company for what it sells buys from it (type.commitment_for_goods); money committed to
    # it alone is put into it
    ("Lorne AI has pledged $2 billion to Ostrel Energy for electricity from its planned reactors.",
     ["power announced: Lorne AI buyer, Ostrel Energy seller | 2e+09 USD once"]),
    ("Halvern Capital committed $500 million to Tarsk Cloud.",
     ["investment announced: Halvern Capital investor, Tarsk Cloud investee | 5e+08 USD once"]),
    # a generating plant's output sold is electricity (cues.yaml power cues)
    ("Ludlow Power will sell all of the plant's output to Cranmer AI for 20 years.",
     ["power announced: Ludlow Power seller, Cranmer AI buyer"]),
    # those tapped for money provide it (roles.tapped_for_money); tapped for goods, they sell them
    ("Pax Labs has tapped Orsk Capital and Brisa Ventures for a $200 million round.",
     ["investment announced: Pax Labs investee, Orsk Capital investor, Brisa Ventures investor | 2e+08 USD once"]),
    ("Pax Labs tapped Grendel Cloud for 10,000 GPUs.",
     ["chips announced: Pax Labs buyer, Grendel Cloud seller"]),
    # a sentence opening on an earlier deal with its own figure, then a deal of its own (mentions.time_noun_opener)
    ("After a $900 million lease with Orsk AI last year, Kestrel Data Centers signed a $1.1 billion lease with "
     "Brisa Labs.",
     ["datacenter announced: Orsk AI buyer, Kestrel Data Centers seller | 9e+08 USD once",
      "datacenter announced: Brisa Labs buyer, Kestrel Data Centers seller | 1.1e+09 USD once"]),
    # a product's name opening a company's name shaped with its suffix is the company's word
    # (mentions.product_in_name); an existing investor that leads a round is its investor (guideline 3 reads the
    # relationship, not the round it leads)
    ("Cobalt Peak Capital, an existing investor, led the $90 million round in Wrenfield.",
     ["investment announced: Cobalt Peak Capital investor, Wrenfield investee | 9e+07 USD once"]),
    # a round that puts a worth on a company funds it (roles.valued_investee, candidates.round_valuing); the
    # investee named first stays so
    ("The $120 million round, led by Marlow Peak Capital, values Fenwick Robotics at $1.1 billion.",
     ["investment announced: Marlow Peak Capital investor, Fenwick Robotics investee | 1.2e+08 USD once"]),
    ("The financing, co-led by Ashgrove Partners and Tilbury Ventures, valued Quillon Data at $700 million.",
     ["investment announced: Ashgrove Partners investor, Tilbury Ventures investor, Quillon Data investee"]),
    ("Quillon Data raised $40 million from Ashgrove Partners in a round valuing Quillon Data at $700 million.",
     ["investment completed: Quillon Data investee, Ashgrove Partners investor | 4e+07 USD once"]),
    # an investment that comes with a purchase, told in an agreement's clause with a subject of its own: two deals
    # (mentions.agreement_under_which); one deal told twice stays one
    ("Brisko Capital will invest $2 billion in Tessaly Compute under a deal in which Tessaly Compute will rent 50,000 "
     "GPUs from Brisko Capital.",
     ["investment announced: Brisko Capital investor, Tessaly Compute investee | 2e+09 USD once",
      "compute announced: Tessaly Compute buyer, Brisko Capital seller"]),
    ("Harwell AI will buy $3 billion of servers from Ostrand Systems as part of an agreement under which Ostrand "
     "Systems will take a stake in Harwell AI.",
     ["chips announced: Harwell AI buyer, Ostrand Systems seller | 3e+09 USD once",
      "investment announced: Ostrand Systems investor, Harwell AI investee"]),
    ("Harwell AI will buy servers from Ostrand Systems under a $3 billion contract under which Ostrand Systems will "
     "deliver 40,000 GPUs to Harwell AI.",
     ["chips announced: Harwell AI buyer, Ostrand Systems seller | 3e+09 USD once"]),
    # a stake told by its share is a deal as a figure is: the clause after ', and' is cut off
    # (mentions.and_clause_stake), and the stake is no bare mention of the trade (merging.stake_share_stays); a stake
    # held is none
    ("Corbel Partners bought a 20% stake in Vantry Data, and Vantry Data will lease a 50 MW site from Corbel Partners "
     "for $90 million a year.",
     ["investment completed: Corbel Partners investor, Vantry Data investee",
      "datacenter announced: Vantry Data buyer, Corbel Partners seller | 9e+07 USD year"]),
    ("Ostrand Systems will take a 10 percent stake in Harwell AI. Harwell AI agreed to buy $3 billion of servers from "
     "Ostrand Systems.",
     ["investment announced: Ostrand Systems investor, Harwell AI investee",
      "chips announced: Harwell AI buyer, Ostrand Systems seller | 3e+09 USD once"]),
    ("Ostrand Systems already holds a 10% stake in Harwell AI. Harwell AI agreed to buy $3 billion of servers from "
     "Ostrand Systems.",
     ["chips announced: Harwell AI buyer, Ostrand Systems seller | 3e+09 USD once"]),
    # 'Grid' ends a company's name as 'Power' does (cues org_suffixes); alone, it is the grid (generic_words)
    ("Castor Energy signed a 10-year deal to supply 250 MW of solar power to a data centre operated by Lumen Grid in "
     "Arizona.",
     ["power announced: Castor Energy seller, Lumen Grid buyer"]),
    ("Halvern Energy Signs Deal to Sell 300 MW to the Grid", []),
    # a site's financing raised by its developer, the lenders unnamed: the developer's deal alone
    # (candidates.site_financing_alone, type.loan_for_site), which a sentence naming the lenders completes; money lent
    # to the company at large stays an investment
    ("Harrow Systems secured a $500 million loan for its Texas campus.",
     ["datacenter completed: Harrow Systems buyer | 5e+08 USD once"]),
    ("Mirelle Data Centers has secured $2.1 billion in project financing for its 300 MW campus in Virginia. The loan "
     "was arranged by Carden Bank and Pelham Credit.",
     ["datacenter completed: Mirelle Data Centers buyer, Carden Bank seller, Pelham Credit seller | 2.1e+09 USD once"]),
    ("Harrow Systems secured a $500 million credit facility to expand its data centres.",
     ["investment completed: Harrow Systems investee | 5e+08 USD once"]),
    # a site bought for a figure, the seller unnamed, the purchase done: the buyer's deal alone
    # (candidates.site_bought_alone); a purchase planned, or sites in number, no deal; a phrase with no capital letter
    # names no party (mentions.uncapitalised_slot)
    ("Corrow Digital completed the purchase of 120 acres at its Abbeville site for $41 million, funded by the sale of "
     "~600 bitcoin.",
     ["datacenter completed: Corrow Digital buyer | 4.1e+07 USD once"]),
    ("Corrow Digital will buy land near Abbeville for $41 million next year.", []),
    ("Corrow Digital is looking to acquire sites across Europe for as much as $2 billion.", []),
    # land as the object of a word of acquiring: a purchase, its buyer first (type.land_object, roles.bought_from);
    # a company acquired stays an acquisition
    ("Corrow Digital completed the acquisition of 120 acres from Halvern Farms for $41 million.",
     ["datacenter completed: Corrow Digital buyer, Halvern Farms seller | 4.1e+07 USD once"]),
    ("Corrow Digital completed the acquisition of Halvern Farms for $41 million.",
     ["acquisition completed: Corrow Digital acquirer, Halvern Farms target | 4.1e+07 USD once"]),
    # a party that buys in one deal of a sentence and leases out in the next: two deals (merging.lone_role_differs)
    ("Corrow Digital completed the purchase of 120 acres at its Abbeville site for $41 million and signed a lease with "
     "Halvex Labs for 25 MW of capacity.",
     ["datacenter completed: Corrow Digital buyer | 4.1e+07 USD once",
      "datacenter announced: Halvex Labs buyer, Corrow Digital seller"]),
    # 'an investment of $N' with no 'in' after it: an investment whose sides the kinds or the words around give
    # (a trigger pattern of triggers.jsonl); one's own spending 'in new data centres' stays none
    ("Dorrit Labs is in talks with Vessel Capital and Arden Partners about an investment of up to $100 billion.",
     ["investment talks: Dorrit Labs investee, Vessel Capital investor, Arden Partners investor | 1e+11 USD once"]),
    ("Dorrit Labs received an investment of $50 million from Vessel Capital.",
     ["investment completed: Dorrit Labs investee, Vessel Capital investor | 5e+07 USD once"]),
    ("Dorrit Labs announced an investment of $2 billion in new data centres.", []),
    # a round's investors listed in a clause a company reports: the round is the speaker's
    # (mentions.speaker_round_investors); an investor that reports stays one
    ("Backers of the $75 million round include Tolvern Capital and Ashby Partners, Merrow Robotics said.",
     ["investment announced: Merrow Robotics investee, Tolvern Capital investor, Ashby Partners investor | 7.5e+07 "
      "USD once"]),
    ("Investors in the $75 million round include Tolvern Capital and Ashby Partners, Merrow said.",
     ["investment announced: Merrow investee, Tolvern Capital investor, Ashby Partners investor | 7.5e+07 USD once"]),
    ("Investors in the $75 million round include Tolvern Capital and Ashby Partners, Merrow Robotics said.",
     ["investment announced: Merrow Robotics investee, Tolvern Capital investor, Ashby Partners investor | 7.5e+07 "
      "USD once"]),
    # plural trade deals with a list of names: one deal with each (candidates.trade_deals_with_each); one agreement
    # with a list stays one deal
    ("Sunward Power signed power purchase agreements with Harlow Data, Penn Compute and Ostby AI.",
     ["power announced: Sunward Power seller, Harlow Data buyer",
      "power announced: Sunward Power seller, Penn Compute buyer",
      "power announced: Sunward Power seller, Ostby AI buyer"]),
    # a campus or project of power ('power campus') is a generating site, and 'prepay for power' a power cue
    # (cues.yaml); a data centre campus stays a datacenter deal
    ("Tessin Energy will develop a 1.2 GW power campus in Ohio, with Halvern Labs to prepay for power.",
     ["power announced: Tessin Energy seller, Halvern Labs buyer"]),
    ("Tessin Energy will build a 300 MW data centre campus in Ohio for Halvern Labs.",
     ["datacenter announced: Tessin Energy seller, Halvern Labs buyer"]),
    # an order placed buys (a trigger pattern of triggers.jsonl): 'with X' or 'from X' sells; the speaker of a
    # reported order is its seller (mentions.speaker_counterparty); orders counted are no deal
    ("Xylo AI has placed an order for chips worth $1.1 billion with Bremont Semiconductor.",
     ["chips announced: Xylo AI buyer, Bremont Semiconductor seller | 1.1e+09 USD once"]),
    ("Bremont Semiconductor said Xylo AI had placed an order for chips worth $1.1 billion.",
     ["chips announced: Xylo AI buyer, Bremont Semiconductor seller | 1.1e+09 USD once"]),
    ("Bremont Systems said orders placed by customers rose 40% in the quarter.", []),
    # a government body buys the computing or chips a company provides (roles.government_buys)
    ("The Ministry of Digital Affairs signed a $300 million contract with Quarry Compute to build a national GPU "
     "cloud.",
     ["compute announced: Ministry of Digital Affairs buyer, Quarry Compute seller | 3e+08 USD once"]),
    ("Quarry Compute will supply 5,000 GPUs to the Karelia government.",
     ["chips announced: Quarry Compute seller, Karelia government buyer"]),
    # a name that ends in a suffix and opens with a word of no language, a common word inside
    # (mentions.generic_inside_name; 'Authority' a suffix in cues.yaml); one opened by a common word stays none
    ("Brisa Capital and the Qaran Investment Authority invested $500 million in Kestrel Digital.",
     ["investment completed: Brisa Capital investor, Qaran Investment Authority investor, Kestrel Digital investee | "
      "5e+08 USD once"]),
    # power sold, provided or delivered is electricity (cues.yaml), also to a campus; computing power sold is not
    ("Maple Grid will sell power to Laurentide AI's Quebec campus under a C$900 million, 20-year contract.",
     ["power announced: Maple Grid seller, Laurentide AI buyer | 9e+08 CAD once"]),
    ("Maple Cloud will sell computing power to Laurentide AI under a $900 million contract.",
     ["compute announced: Maple Cloud seller, Laurentide AI buyer | 9e+08 USD once"]),
    # money put into a site built for a company named after 'for': a datacenter deal, the builder selling
    # (type.invested_in_site); money put into the company stays an investment
    ("Harrow Infrastructure will invest $1.1 billion in a new campus in Ohio for Selby AI.",
     ["datacenter announced: Harrow Infrastructure seller, Selby AI buyer | 1.1e+09 USD once"]),
    ("Harrow Infrastructure will invest $1.1 billion in Selby AI.",
     ["investment announced: Harrow Infrastructure investor, Selby AI investee | 1.1e+09 USD once"]),
    # a figure 'of debt' or 'in debt' is money lent (cues.yaml): an investment
    ("Rowan Peak Capital is providing $750 million of debt to Marten Data to fund its expansion.",
     ["investment announced: Rowan Peak Capital investor, Marten Data investee | 7.5e+08 USD once"]),
    # a headline's site financing, its article dropped before the place (type.loan_for_site)
    ("Brimoral secures $2.3bn debt package for Texas data centre",
     ["datacenter announced: Brimoral buyer | 2.3e+09 USD once"]),
    # lenders to a company's facility told with its figure lend in it (a trigger pattern of triggers.jsonl); a lender
    # of long standing is no deal
    ("Norvane Capital and Ashgrove Partners are among the lenders to Selkie Compute's $1.2 billion credit facility.",
     ["investment announced: Norvane Capital investor, Ashgrove Partners investor, Selkie Compute investee | 1.2e+09 "
      "USD once"]),
    ("Norvane Bank has long been a lender to Selkie Compute.", []),
    # 'it' after a time opener, making a deal known ('This week it announced a ... deal to buy X'): the last
    # subject (mentions.it_subject); 'it announced that' reports another's deal
    ("Last year Corvin Systems paid $700 million for chip startup Alder Micro. This week it announced a new $1.5 "
     "billion deal to buy Sable Logic, a maker of networking chips.",
     ["acquisition announced: Corvin Systems acquirer, Alder Micro target | 7e+08 USD once",
      "acquisition announced: Corvin Systems acquirer, Sable Logic target | 1.5e+09 USD once"]),
    ("Velkara runs data centres in Ohio. It announced that Tessaly AI will invest $300 million in Ostrel Labs.",
     ["investment announced: Tessaly AI investor, Ostrel Labs investee | 3e+08 USD once"]),
    # a stake in the seller's own business sold: the seller is invested in (roles.own_stake_sold); the noun of a
    # stake's sale sets the seller of another company's stake aside (roles.stake_sale_noun)
    ("Halden Telecom agreed to sell a minority stake in its towers business to Pine Hollow Partners.",
     ["investment announced: Halden Telecom investee, Pine Hollow Partners investor"]),
    ("Halden Telecom has completed the sale of a 49% stake in its data centre business to Pine Hollow Partners for "
     "€1.1 billion.",
     ["investment completed: Halden Telecom investee, Pine Hollow Partners investor | 1.1e+09 EUR once"]),
    ("Pine Hollow Partners will buy a 49% stake in its data centre unit from Halden Telecom.",
     ["investment announced: Pine Hollow Partners investor, Halden Telecom investee"]),
    ("Halden Telecom announced the sale of its 30% stake in Orvane Data to Pine Hollow Partners.",
     ["investment announced: Orvane Data investee, Pine Hollow Partners investor"]),
    # onlookers' estimate of what a company will buy, told with a modal ('estimate that X will spend'): a forecast
    # (type.forecast); a paper seen by the outlet reports (cues.yaml status_cues reported)
    ("Analysts at Brisk Research estimate that Tolland AI will spend about $30 billion on chips from Ardent "
     "Semiconductor next year.", []),
    ("Talon Robotics is raising as much as $300 million from investors led by Brisa Capital, according to a document "
     "seen by The Information.",
     ["investment reported: Talon Robotics investee, Brisa Capital investor | 3e+08 USD once"]),
    # the seller's named unit is the company a stake is sold in, not the seller (roles.own_stake_sold)
    ("Quarnell has agreed to sell a 49% stake in its Dalmar networking unit to Brisa Capital for $4 billion.",
     ["investment announced: Dalmar investee, Brisa Capital investor | 4e+09 USD once"]),
    # after a clause with a deal word and no figure, ', and it' and a deal verb open a clause of their own where it
    # names its own counterparty (mentions.pronoun_clause_unsized_before); where it names none, the sentence is one
    ("Tarrow AI has signed cloud contracts with Quenby Cloud and Arden Compute this year, and last week it raised $900 "
     "million from investors led by Oster Capital.",
     ["compute announced: Tarrow AI buyer, Quenby Cloud seller", "compute announced: Tarrow AI buyer, Arden Compute seller",
      "investment completed: Tarrow AI investee, Oster Capital investor | 9e+08 USD once"]),
    ("Velkara signed an agreement with Ostrel Cloud, and it will pay $2 billion over five years.",
     ["compute announced: Velkara buyer, Ostrel Cloud seller | 2e+09 USD once"]),
    # a sentence adding investors to the round just told: a name that says where a person works adds no one
    # (roles.person_of and roles.former_staff, read in discourse.adds_investors too)
    ("Loxley Robotics has raised $450 million in a Series B round led by Harrow Growth. Other investors include "
     "Pellworth Capital and former Quorra AI chief executive Dana Morrow, the company said.",
     ["investment completed: Loxley Robotics investee, Harrow Growth investor, Pellworth Capital investor | 4.5e+08 "
      "USD once"]),
    # a company's first word inside a longer name of another (its arm) stands for neither
    # (mentions.short_form_other_name); a possessor before a relation noun and a name set off after it describes
    # that name (roles.relation_apposition), not before a trade role; a subject named in apposition is parsed for
    # (gates.apposition_subject)
    ("Arkwright Capital, through its infrastructure arm Arkwright Real Assets, has agreed to acquire Solent Data "
     "Centres for £900 million.",
     ["acquisition announced: Arkwright Capital acquirer, Solent Data Centres target | 9e+08 GBP once"]),
    ("Tamsin Networks' majority owner, Orvell Holdings, will buy $400 million of servers from Quenby Systems.",
     ["chips announced: Orvell Holdings buyer, Quenby Systems seller | 4e+08 USD once"]),
    ("Halden Cloud's newest customer, Velmora AI, will pay $3 billion for capacity.",
     ["compute announced: Velmora AI buyer, Halden Cloud seller | 3e+09 USD once"]),
    ("Quarry Energy's cloud unit, Ostrevane Compute, has agreed to rent 5,000 GPUs to Halvard Labs for $200 million.",
     ["compute announced: Ostrevane Compute seller, Halvard Labs buyer | 2e+08 USD once"]),
    # a headline's stake in a unit without 'its', in words a dictionary has: the seller's own (roles.headline_own_unit)
    ("Tamsin Energy to Sell Stake in Nuclear Unit to Corvane Capital for $1.1 Billion",
     ["investment announced: Tamsin Energy investee, Corvane Capital investor | 1.1e+09 USD once"]),
    # a trade whose sentence gives its sides no direction takes the role a party has in the passage's other trades of
    # the type (discourse.role_kept)
    ("Quarvel will provide computing capacity to Daskin under a $1.5 billion deal. Quarvel already has a computing "
     "contract with Ostley worth $400 million.",
     ["compute announced: Quarvel seller, Daskin buyer | 1.5e+09 USD once",
      "compute announced: Quarvel seller, Ostley buyer | 4e+08 USD once"]),
    ("Daskin will rent computing capacity from Quarvel for $1.5 billion. Daskin also has a computing contract with "
     "Ostley worth $400 million.",
     ["compute announced: Daskin buyer, Quarvel seller | 1.5e+09 USD once",
      "compute announced: Daskin buyer, Ostley seller | 4e+08 USD once"]),
    # a relative clause's verb after a modal has the name it describes for subject (roles.relative_modal); in a
    # trade whose sentence gives no direction, the owner of the goods or the plant named in the possessive sells
    # (discourse.owner_provides), not of goods made for it, nor where both are in the possessive
    ("Quillon signed a $250 million contract with Vessk, which will supply it with optical transceivers.",
     ["chips announced: Quillon buyer, Vessk seller | 2.5e+08 USD once"]),
    ("Velkor and Tamsk agreed a $450 million deal for Tamsk to use Velkor's accelerators.",
     ["compute announced: Velkor seller, Tamsk buyer | 4.5e+08 USD once"]),
    ("Quillon and Vessk signed a $300 million agreement that lets Quillon train its models on Vessk's cloud.",
     ["compute announced: Quillon buyer, Vessk seller | 3e+08 USD once"]),
    ("Quillon signed a 20-year power purchase agreement with Vessk for 400 MW from Vessk's solar farms in Arizona.",
     ["power announced: Quillon buyer, Vessk seller"]),
    # names set off by dashes after a plural noun of companies are those companies (mentions.dash_list)
    ("Ostrel Cloud will supply computing capacity to the Velmar government and four of the region's biggest "
     "banks—Varga Kessel, Dunmore Pryce, Lissa Varden and Tarn Holloway—under contracts worth $600 million.",
     ["compute announced: Ostrel Cloud seller, Velmar government buyer, Varga Kessel buyer, Dunmore Pryce buyer, "
      "Lissa Varden buyer, Tarn Holloway buyer | 6e+08 USD once"]),
    # what a company is described as making gives its kind: language models, a chatbot (slots.yaml kind_words lab)
    ("Varnel has struck a $2 billion computing deal with Oskren, a startup that builds large language models.",
     ["compute announced: Oskren buyer, Varnel seller | 2e+09 USD once"]),
    # the source of a tally, 'according to data from X', is no party (roles.report_source)
    ("Investors including Harrow Capital have poured more than $20 billion into AI startups this year, according to "
     "data from Brisk Research.", []),
    # an order won, its figure and the buyer after 'from': no money raised from the buyer (triggers.jsonl: no order
    # before the figure of a raise), the verb a verb (type.won_order_verb)
    ("Dorran Systems bagged an order worth $300 million from Quell Cloud for AI servers.",
     ["chips announced: Dorran Systems seller, Quell Cloud buyer | 3e+08 USD once"]),
    # the pair of the last deal, with a further figure, tell more of that deal (discourse.follow_on_partners)
    ("Pellham Energy agreed in May to supply power worth $2 billion to Quarn Data. In September the two companies "
     "extended the deal by another $500 million.",
     ["power announced: Pellham Energy seller, Quarn Data buyer | 2e+09 USD once",
      "power announced: Pellham Energy seller, Quarn Data buyer | 5e+08 USD once"]),
    # an apposition that calls a name a developer or a designer makes it a company (context list
    # appositive_descriptors); the owner of the site where capacity is hosted sells, not where money is lent for it
    # (discourse.site_owner_hosts); a side whose customers the sentence names is served, not an owner of goods
    ("Varlothen, the AI model developer, has signed a $2 billion computing deal with Quindrel, the Norwegian cloud "
     "operator.",
     ["compute announced: Varlothen buyer, Quindrel seller | 2e+09 USD once"]),
    ("Quindrel struck a $1 billion deal with Varlothen for capacity at Quindrel's Texas campus.",
     ["compute announced: Quindrel seller, Varlothen buyer | 1e+09 USD once"]),
    ("Varlothen and Quindrel signed a $900 million agreement to provide Varlothen's customers with Quindrel's computing "
     "capacity.",
     ["compute announced: Varlothen buyer, Quindrel seller | 9e+08 USD once"]),
    # access to goods priced 'at a cost of' is the deal's figure (money.yaml trade_cost_verbs); a cheque written to a
    # company invests in it (triggers.jsonl)
    ("The agreement gives Dorran Labs access to 50,000 GPUs in Kelso Cloud's data centres for five years, at a cost of "
     "about $4 billion.",
     ["compute announced: Dorran Labs buyer, Kelso Cloud seller | 4e+09 USD once"]),
    ("Larkin Capital has written a $250 million cheque to Osprey AI, the startup said.",
     ["investment announced: Larkin Capital investor, Osprey AI investee | 2.5e+08 USD once"]),
    # the one a figure is received from pays (roles.payer_after_from); not money lent
    ("Kessock Data will collect $90 million a year from Brisk AI for hosting its servers.",
     ["datacenter announced: Kessock Data seller, Brisk AI buyer | 9e+07 USD year"]),
    # the revenue a lease is expected to generate, hedged with 'approximately', is what it is worth
    # (mentions.contract_revenue)
    ("Brennock Data Centers has entered into a 10-year lease agreement with Tarrow AI for 150 MW at its Ellis County "
     "campus. The lease is expected to generate approximately $4.2 billion in revenue over its term.",
     ["datacenter announced: Brennock Data Centers seller, Tarrow AI buyer | 4.2e+09 USD once"]),
    # a counterparty only described stays open across sentences that tell no deal and no figure
    # (discourse.lone_kept)
    ("Norrish Labs said it had agreed to pay $800 million for computing capacity over three years. The company was "
     "founded in 2022 by two physicists. The capacity will be provided by Tavell Cloud.",
     ["compute announced: Norrish Labs buyer, Tavell Cloud seller | 8e+08 USD once"]),
    ("Norrish Labs has agreed to buy $500 million of accelerators. Its robots are sold to warehouses in Europe. "
     "The customer list includes two carmakers. The chips will come from Pellan Semiconductor.",
     ["chips announced: Norrish Labs buyer, Pellan Semiconductor seller | 5e+08 USD once"]),
    # a company that sells its own business with no buyer after the verb is an acquisition's target
    # (type.own_business_sold), whose buyer a next sentence names; no buyer, no record
    ("Tavell Power has agreed to sell its fibre business for $640 million. The buyer is Norrish Capital, a Canadian "
     "pension fund.",
     ["acquisition announced: Tavell Power target, Norrish Capital acquirer | 6.4e+08 USD once"]),
    ("Tavell Power agreed to divest its European hosting units for €300 million. The buyer, Quillan Partners, owns "
     "12 sites.",
     ["acquisition announced: Tavell Power target, Quillan Partners acquirer | 3e+08 EUR once"]),
    ("Tavell Power has agreed to sell its fibre business for $640 million.",
     []),
    # a last name with its own figure, its verb and object left out, is a second subject (candidates.gapped_subject);
    # not a second object where each name comes before its figure
    ("Halvex will buy $2 billion of chips from Pellan Semiconductor and Norrish Labs another $500 million.",
     ["chips announced: Halvex buyer, Pellan Semiconductor seller | 2e+09 USD once",
      "chips announced: Norrish Labs buyer, Pellan Semiconductor seller | 5e+08 USD once"]),
    ("Quarn Capital put $200 million into Brisk Robotics, and Tavell Ventures a further $50 million.",
     ["investment announced: Quarn Capital investor, Brisk Robotics investee | 2e+08 USD once",
      "investment announced: Tavell Ventures investor, Brisk Robotics investee | 5e+07 USD once"]),
    ("Halvex will pay Pellan Cloud $2 billion and Norrish Compute $500 million.",
     ["compute announced: Halvex buyer, Pellan Cloud seller | 2e+09 USD once",
      "compute announced: Halvex buyer, Norrish Compute seller | 5e+08 USD once"]),
    # a deal told as what would happen, after a sentence of talks or a report about its parties, has that status
    # (discourse.status_told_before), not after talks of others; a qualifier between a payment verb and its figure
    # still pays for the company after 'for' (type.paid_for_company)
    ("Tavell Energy is in advanced talks to buy Quarn Data. Tavell would pay about $700 million in cash for the "
     "company.",
     ["acquisition talks: Tavell acquirer, Quarn Data target | 7e+08 USD once"]),
    ("Brisk Capital is nearing a deal for Pellan Networks, people familiar with the matter said. The fund could pay "
     "as much as €2 billion for the company.",
     ["acquisition talks: Brisk Capital acquirer, Pellan Networks target | 2e+09 EUR once"]),
    ("Brisk Capital could pay as much as €2 billion for Pellan Networks.",
     ["acquisition announced: Brisk Capital acquirer, Pellan Networks target | 2e+09 EUR once"]),
    ("Brisk Capital is in talks with lenders, people familiar with the matter said. Tavell Energy could pay $700 "
     "million for Quarn Data.",
     ["acquisition announced: Tavell Energy acquirer, Quarn Data target | 7e+08 USD once"]),
    # a sentence opening on a word no dictionary has is parsed for its subject (gates.unknown_first_word); the name
    # under 'a deal for' is the company the deal is for (mentions.deal_for)
    ("Quendral will supply 300 megawatts of electricity to a new campus under a 20-year agreement. The buyer is "
     "Ostravin, which is building the site.",
     ["power announced: Quendral seller, Ostravin buyer"]),
    ("Halmvik is in talks over a deal for Trezzen, people familiar with the matter said. Halmvik would pay around "
     "€800 million for the company.",
     ["acquisition talks: Halmvik acquirer, Trezzen target | 8e+08 EUR once"]),
    # megawatts of capacity leased at a site, a or the, are data-centre space (type.megawatt_at_site)
    ("Velkorin will lease 150 MW of capacity at a campus owned by Quendral, paying $4 billion over 15 years.",
     ["datacenter announced: Velkorin buyer, Quendral seller | 4e+09 USD once"]),
    # a past step in the past perfect dated 'ago' is a dated past transaction (candidates.dated_past_figure,
    # guideline 3); undated, it is background
    ("Quillan agreed to buy Norrish for $900 million. Norrish had raised $200 million from Pellan Capital two years "
     "ago.",
     ["acquisition announced: Quillan acquirer, Norrish target | 9e+08 USD once",
      "investment completed: Norrish investee, Pellan Capital investor | 2e+08 USD once"]),
    ("Quillan agreed to buy Norrish for $900 million. Before the deal, Norrish had raised $200 million from Pellan "
     "Capital.",
     ["acquisition announced: Quillan acquirer, Norrish target | 9e+08 USD once"]),
    # the subject of the trade verb's own clause takes its role; the subject of the clause before is the other side
    # (roles.clause_subject)
    ("Pellan finished the data centre last year, and Quarn will lease it for $900 million over 12 years.",
     ["datacenter announced: Quarn buyer, Pellan seller | 9e+08 USD once"]),
    # one person briefed or with knowledge reports as several do (status cues, guideline 9)
    ("Brenzel will lease Quendral's new 500 MW campus for about $1 billion a year, according to a person briefed on "
     "the matter.",
     ["datacenter reported: Brenzel buyer, Quendral seller | 1e+09 USD year"]),
    # each party's possessive sizes its part of a deal told whole before (discourse.owners_figures), also across ';'
    ("Pellan will provide computing capacity to Quarn and Tavell. Quarn's contract is worth $1.2 billion and "
     "Tavell's $400 million.",
     ["compute announced: Pellan seller, Quarn buyer | 1.2e+09 USD once",
      "compute announced: Pellan seller, Tavell buyer | 4e+08 USD once"]),
    ("Pellan will supply servers to both Quarn and Tavell. Quarn's order, placed in May, is worth $900 million; "
     "Tavell's, placed a month later, is worth $300 million.",
     ["chips announced: Pellan seller, Quarn buyer | 9e+08 USD once",
      "chips announced: Pellan seller, Tavell buyer | 3e+08 USD once"]),
    # goods words before a business noun after a possessive name a business bought (type.possessed_object); the last
    # name of a list before a word of taking part (mentions.participle_list); members of a group of lenders after
    # 'including' (mentions.investors_including)
    ("Tavell plans to acquire Brisk's chip-design unit for about $450 million in cash.",
     ["acquisition announced: Tavell acquirer, Brisk target | 4.5e+08 USD once"]),
    ("Norrish has raised $90 million in a round led by Pellan, with Quarn and Halvex joining.",
     ["investment completed: Norrish investee, Pellan investor, Quarn investor, Halvex investor | 9e+07 USD once"]),
    ("Orlek has secured $1.5 billion in debt financing from a group of lenders including Vantis and Dromer.",
     ["investment completed: Orlek investee, Vantis investor, Dromer investor | 1.5e+09 USD once"]),
    # whom an investment's money helps, allows or funds receives it (roles.money_helps)
    ("A $250 million investment from Quarn will allow Tavell to double its chip output.",
     ["investment announced: Tavell investee, Quarn investor | 2.5e+08 USD once"]),
    ("The $80 million in funding from Pellan and Orlek will fund Brisk's expansion into Asia.",
     ["investment announced: Brisk investee, Pellan investor, Orlek investor | 8e+07 USD once"]),
    # 'the loan' refers back to the deal just told (cue list deal_nouns); the capital provider of a financing just told
    # gives its figure in the next sentence (discourse.provider_gives)
    ("Quarn is building the campus with a loan from Orlek Bank. The loan is worth $1.1 billion.",
     ["datacenter announced: Quarn buyer, Orlek Bank seller | 1.1e+09 USD once"]),
    ("Quarn is building the campus with financing from Orlek Bank. The bank provided a $1.1 billion construction loan "
     "in March.",
     ["datacenter announced: Quarn buyer, Orlek Bank seller | 1.1e+09 USD once"]),
    # investors that are the subject, named after 'including' (mentions.investors_including); a list whose last member
    # is found with its description has the sentence parsed for the others (gates.described_list_member)
    ("Investors including Quarn, Halvex and Dromer poured $600 million into Orlek's Series C.",
     ["investment completed: Quarn investor, Halvex investor, Dromer investor, Orlek investee | 6e+08 USD once"]),
    ("Tavell raised $300 million from a group that includes Vantis, Pellan and the pension fund Dromer.",
     ["investment completed: Tavell investee, Vantis investor, Pellan investor, Dromer investor | 3e+08 USD once"]),
    # a speaker reporting its customer's trade is the other side (mentions.speaker_customer), also across a goods
    # acronym the tagger calls a name (mentions.goods_acronym)
    ("Tavell said its largest customer, Quarn, would spend $450 million on its GPU cloud over three years.",
     ["compute announced: Quarn buyer, Tavell seller | 4.5e+08 USD once"]),
    ("Tavell said Quarn had committed to spend $450 million on its TPU capacity.",
     ["compute announced: Quarn buyer, Tavell seller | 4.5e+08 USD once"]),
    # the phrase opening a clause that a company reports after it is that company (mentions.speaker_after)
    ("The startup has raised $12 million from Dromer, Orlek said on Tuesday.",
     ["investment completed: Orlek investee, Dromer investor | 1.2e+07 USD once"]),
    # a relative clause on a party of a deal told too thinly gives it its figure (discourse.relative_figure)
    ("Pellan will build a campus for Dromer, which will rent it for ten years for about $2 billion.",
     ["datacenter announced: Pellan seller, Dromer buyer | 2e+09 USD once"]),
    # a market's size with what it is a market for between the noun and its verb is no deal (candidates.market_size)
    ("Analysts expect the market for AI accelerators to reach $400 billion by 2030, led by Pellan and Orlek.",
     []),
    # after a purchase from sellers only counted, each name that opens a clause of supplying is one of them
    # (discourse.counted_sellers)
    ("Orlek agreed to buy accelerators from three chipmakers last month. Pellan will supply $900 million worth. "
     "Dromer will deliver $400 million of chips, and Quarn will provide 5,000 GPUs.",
     ["chips announced: Orlek buyer, Pellan seller | 9e+08 USD once",
      "chips announced: Orlek buyer, Dromer seller | 4e+08 USD once",
      "chips announced: Orlek buyer, Quarn seller"]),
    # the subject of a verb of paying buys, the other of two names sells (roles.frame_side_kept)
    ("The supply contract between Dromer and Quessa means Quessa will pay about $90 million a year for the servers.",
     ["chips announced: Dromer seller, Quessa buyer | 9e+07 USD year"]),
    # the share of a company the buyer does not yet own is the rest of it: an acquisition (type.rest_bought)
    ("Pellan agreed to buy the 35% of Quessa that it does not already own for €600 million.",
     ["acquisition announced: Pellan acquirer, Quessa target | 6e+08 EUR once"]),
    # the names listed after 'among them' are members of the group named, whatever the recogniser's label
    # (mentions.among_them)
    ("Orlek raised 90 million euros from investors, among them Vantis, Pellan and the German development bank Kfwo.",
     ["investment completed: Orlek investee, Vantis investor, Pellan investor, Kfwo investor | 9e+07 EUR once"]),
    # a share of the seller's own business or platform sold is a stake in the seller; more than half is control
    # (roles.own_share_sold); a share of another's shares is not
    ("Vantis agreed to sell 30% of its fibre business to Dromer for $420 million.",
     ["investment announced: Vantis investee, Dromer investor | 4.2e+08 USD once"]),
    ("Vantis agreed to sell 70% of its fibre business to Dromer for $900 million.",
     ["acquisition announced: Vantis target, Dromer acquirer | 9e+08 USD once"]),
    # 'signing' an agreement word, as 'signed' is (triggers.jsonl)
    ("Dromer has become the first customer of Vantis's new Ohio campus, signing a lease for 100 MW.",
     ["datacenter announced: Dromer buyer, Vantis seller"]),
    # a second clause's subjects set to take part in the round still to come (discourse.lead_and_joined)
    ("Quillan is in talks to raise $400 million. Dromer is expected to lead the round, and Vantis is also set to take "
     "part.",
     ["investment talks: Quillan investee, Dromer investor, Vantis investor | 4e+08 USD once"]),
    # renting or leasing from a provider, leasing or renting out to a tenant: the verb's oblique tells the direction
    # against the kinds (roles.bought_from, roles.supplied_to)
    ("Halvey Cloud signed a five-year, $5.6 billion agreement to rent GPUs from Corsk Compute.",
     ["compute announced: Halvey Cloud buyer, Corsk Compute seller | 5.6e+09 USD once"]),
    ("Corsk Data will lease 200 MW of capacity to Halvey Cloud for $3 billion.",
     ["compute announced: Corsk Data seller, Halvey Cloud buyer | 3e+09 USD once"]),
    # 'a round of $N' is a funding round without the word 'funding' (triggers.jsonl), its investee here the
    # startup of the sentence before
    ("Quillan is raising new money. The startup is in talks with Dromer Capital and Vantis Partners about a round of "
     "about $500 million, people familiar with the matter said.",
     ["investment talks: Quillan investee, Dromer Capital investor, Vantis Partners investor | 5e+08 USD once"]),
    # a trade role of 'its' given by a copula is the last subject's (mentions.its_role_is)
    ("Brisa Cloud opened a 200 MW campus in Oslo last year. Its anchor tenant is Quillan Labs, which signed a "
     "ten-year lease worth $1.6 billion.",
     ["datacenter announced: Quillan Labs buyer, Brisa Cloud seller | 1.6e+09 USD once"]),
    # ... whose role noun then tells the sides where the kinds tell none (discourse.role_noun_owner)
    ("Brisa Networks opened a 200 MW campus in Oslo last year. Its anchor tenant is Quillan Robotics, which signed a "
     "ten-year lease worth $1.6 billion.",
     ["datacenter announced: Brisa Networks seller, Quillan Robotics buyer | 1.6e+09 USD once"]),
    # a past deal a relative clause dates and gives no figure describes the company; the main clause's deal is the
    # sentence's (candidates.dated_relative_aside); a figure in the clause makes it a deal of its own
    ("Quarn Cloud, which bought Velmora Hosting two years ago, has signed a $900 million contract with Orlek AI to "
     "supply computing capacity.",
     ["compute announced: Quarn Cloud seller, Orlek AI buyer | 9e+08 USD once"]),
    ("Halvern Partners, which backed Velmora AI in 2023, is raising $500 million for a new fund.",
     ["investment announced: Halvern Partners investee | 5e+08 USD once"]),
    ("Halvern Partners, which invested $40 million in Velmora AI in 2023, will invest $50 million in Quarn Robotics.",
     ["investment announced: Halvern Partners investor, Quarn Robotics investee | 5e+07 USD once",
      "investment completed: Halvern Partners investor, Velmora AI investee | 4e+07 USD once"]),
    # a company's network, assets or portfolio bought is a business bought (context list business_nouns;
    # type.possessed_object), not goods and no partnership; capacity bought on a network is a trade
    ("Corsk Networks has agreed to buy Fenwyn Telecom's fibre network for $1.2 billion.",
     ["acquisition announced: Corsk Networks acquirer, Fenwyn Telecom target | 1.2e+09 USD once"]),
    ("Corsk Networks has agreed to buy Fenwyn Telecom's tower portfolio for $800 million.",
     ["acquisition announced: Corsk Networks acquirer, Fenwyn Telecom target | 8e+08 USD once"]),
    ("Corsk Labs will buy capacity on Fenwyn Cloud's network for $300 million.",
     ["compute announced: Corsk Labs buyer, Fenwyn Cloud seller | 3e+08 USD once"]),
    # the buyer, acquirer, new owner or winning bidder of a company named by a role noun acquires it
    # (triggers.jsonl); a buyer of goods in apposition describes the company
    ("Corsk Networks has emerged as the buyer of Fenwyn Telecom, agreeing to pay $1.2 billion.",
     ["acquisition announced: Corsk Networks acquirer, Fenwyn Telecom target | 1.2e+09 USD once"]),
    ("Zembra Capital emerged as the winning bidder for Ulvane Systems with a $640 million offer.",
     ["acquisition announced: Zembra Capital acquirer, Ulvane Systems target | 6.4e+08 USD once"]),
    ("Corsk Labs, the largest buyer of Tamsey chips, raised $300 million from Zembra Capital.",
     ["investment completed: Corsk Labs investee, Zembra Capital investor | 3e+08 USD once"]),
    # an order for nothing named between two companies of known kinds: the seller's kind names the goods
    # (type.seller_kind_decides)
    ("Tamsey Semiconductor agreed to a $3 billion order from Orlek Cloud, its largest ever.",
     ["chips announced: Tamsey Semiconductor seller, Orlek Cloud buyer | 3e+09 USD once"]),
    ("Orlek Cloud placed a $900 million order with Tamsey Semiconductor.",
     ["chips announced: Orlek Cloud buyer, Tamsey Semiconductor seller | 9e+08 USD once"]),
    # the sentence before a trade role of 'its' is parsed for a name no list knows (mentions.antecedent_parse)
    ("Quessary is building a 300 MW campus in Ohio. Its first tenant will be Dromer, which signed a 12-year lease "
     "worth $2.4 billion.",
     ["datacenter announced: Quessary seller, Dromer buyer | 2.4e+09 USD once"]),
    ("Quessary runs GPU clusters in Texas. Its biggest customer, Dromer, will pay $2 billion over three years for "
     "capacity.",
     ["compute announced: Quessary seller, Dromer buyer | 2e+09 USD once"]),
    # a contract won for nothing named takes the trade of the sentence that refers back to it, its sides by the
    # headline's frame (discourse.goods_give_type); hardware rented is computing capacity, however it is counted
    # (type.rented_chips)
    ("Velkmar wins $900 million Ostrune contract\n\nThe three-year agreement will see the startup rent thousands of "
     "GPUs from the provider's data centres in Ohio.",
     ["compute announced: Velkmar seller, Ostrune buyer | 9e+08 USD once"]),
    ("Quarn will rent thousands of GPUs from Dromer for $2 billion.",
     ["compute announced: Quarn buyer, Dromer seller | 2e+09 USD once"]),
    # a directed trade's own 'from' names its other side, whose goods a later sentence gives (roles.trade_oblique_kept,
    # discourse.goods_give_type)
    ("Halvex Holdings won a $700 million contract from Dromer Robotics. The four-year deal covers the supply of AI "
     "servers.",
     ["chips announced: Halvex Holdings seller, Dromer Robotics buyer | 7e+08 USD once"]),
    ("Salvenor agreed to a $3 billion order from Dromel, its largest ever.",
     ["partnership announced: Salvenor partner, Dromel partner | 3e+09 USD once"]),
    # an offer or bid of a figure for a company (triggers.jsonl), its 'for' hung on the verb whose object the offer is
    # (mentions.bid_for)
    ("Brindova is said to be weighing an offer of about $5 billion for Tasselin.",
     ["acquisition talks: Brindova acquirer, Tasselin target | 5e+09 USD once"]),
    ("Brindova made an offer of about $5 billion for Tasselin.",
     ["acquisition announced: Brindova acquirer, Tasselin target | 5e+09 USD once"]),
    # a stake bought whose company the sentence does not name is in the last subject (mentions.stake_owner_before),
    # a sentence before with no name known parsed for its names (mentions.antecedent_parse)
    ("Tasselin makes chips for data centres. Brindova will buy a 10% stake for $1.2 billion.",
     ["investment announced: Brindova investor, Tasselin investee | 1.2e+09 USD once"]),
    ("Tasselin makes chips for data centres. Brindova will buy a 10% stake in Quorvel for $1.2 billion.",
     ["investment announced: Brindova investor, Quorvel investee | 1.2e+09 USD once"]),
    # names of a list with a member described between them, or what the next one already is, join the round just told
    # (roles.described_in_list, discourse.took_part)
    ("Quessa Labs raised $40 million in a round led by Halvex Capital. Orlek Ventures and existing backer Dromer "
     "Partners also took part.",
     ["investment completed: Quessa Labs investee, Halvex Capital investor, Orlek Ventures investor, Dromer Partners "
      "investor | 4e+07 USD once"]),
    ("Quessa Labs raised $40 million in a round led by Halvex Capital. Orlek Ventures, the Tamsey pension fund and "
     "Dromer Partners also took part.",
     ["investment completed: Quessa Labs investee, Halvex Capital investor, Orlek Ventures investor, Dromer Partners "
      "investor | 4e+07 USD once"]),
    # a partnership or deal the sides will explore is in talks (cues.yaml status_cues)
    ("Ashcombe Energy and Halbrecht said they would explore a partnership to supply nuclear power to Halbrecht's data "
     "centres.",
     ["power talks: Halbrecht buyer, Ashcombe Energy seller"]),
    # a trade role named with 'of' says the deal is a trade (type.role_noun_of), its sides by the role noun; a
    # tenant of a data-centre company was read so before (a guard)
    ("The deal, worth $2 billion over five years, makes Orlek the largest customer of Halvex Cloud.",
     ["compute announced: Orlek buyer, Halvex Cloud seller | 2e+09 USD once"]),
    ("The contract, worth about $900 million over four years, makes Orlek the biggest tenant of Halvex Data Centres.",
     ["datacenter announced: Orlek buyer, Halvex Data Centres seller | 9e+08 USD once"]),
    # the owner of a platform money is committed to is the investee, whatever the recogniser calls the name
    # (mentions.business_owner_to)
    ("Orlek Partners has committed $300 million to Tervane's new fibre platform.",
     ["investment announced: Orlek Partners investor, Tervane investee | 3e+08 USD once"]),
    # a trade the buyer ends is no deal (cues.yaml negated)
    ("Velkara's shares fell 9% after Ostrane said it would stop buying its chips.", []),
    ("Halvex Cloud said it would stop using Dromer's servers, ending a contract worth $200 million a year.", []),
    # a company whose investing arm is listed beside an investor invests too (roles.investor_arm)
    ("Orlek Ventures and the venture arm of Dromer Group invested $60 million in Quessa Labs.",
     ["investment completed: Orlek Ventures investor, Quessa Labs investee, Dromer Group investor | 6e+07 USD once"]),
    ("Quessa Labs raised $60 million from investors including Orlek Ventures, Brisa Capital and the investment arm "
     "of Dromer Group.",
     ["investment completed: Quessa Labs investee, Orlek Ventures investor, Brisa Capital investor, Dromer Group "
      "investor | 6e+07 USD once"]),
    # the owner of a business whose purchase a noun tells is the target, whatever the recogniser calls the name
    # (mentions.business_owner)
    ("Morvane's purchase of Tarsen's AI chip unit for $780 million was completed on Tuesday.",
     ["acquisition completed: Morvane acquirer, Tarsen target | 7.8e+08 USD once"]),
    # a figure analysts put on the deal is no amount the passage gives for it (mentions.analyst_value); a figure the
    # deal is worth, with analysts only the speakers, stays (a guard)
    ("Dromer will buy 40,000 GPUs from Halvex over two years, an order analysts valued at about $1.6 billion.",
     ["chips announced: Dromer buyer, Halvex seller"]),
    ("Dromer will buy 40,000 GPUs from Halvex over two years in a deal worth $1.6 billion, analysts said.",
     ["chips announced: Dromer buyer, Halvex seller | 1.6e+09 USD once"]),
    # a list whose first member the parse hangs on the last one's name: all in the last one's slot
    # (mentions.list_hung_on_last)
    ("Orlek Capital, Quessary and Dromer Partners have together invested $300 million in Halvex Robotics.",
     ["investment completed: Orlek Capital investor, Quessary investor, Dromer Partners investor, Halvex Robotics "
      "investee | 3e+08 USD once"]),
    # a site bought that a name after it owns: the owner sells the site, no company is bought (type.site_owned_by);
    # a business of the name is bought as one (a guard)
    ("Velkara agreed to acquire two data centers operated by Brindle Grid in Arizona for $410 million.",
     ["datacenter announced: Velkara buyer, Brindle Grid seller | 4.1e+08 USD once"]),
    ("Quessary agreed to acquire the Dallas campus of Tornsby Digital for $275 million.",
     ["datacenter announced: Quessary buyer, Tornsby Digital seller | 2.75e+08 USD once"]),
    ("Quessary bought the hosting business of Tornsby Digital for $275 million.",
     ["acquisition completed: Quessary acquirer, Tornsby Digital target | 2.75e+08 USD once"]),
    # what money raised or lent is to be used for is its user's plan, no deal with the seller of what it buys
    # (candidates.money_use_aside); the loan told before the purpose stays
    ("Pellmark plans to use part of the funds to rent GPUs from Astovar Cloud.",
     []),
    ("Brindle Bank lent $450 million to Pellmark, which will use the loan to buy 3,000 servers from Kavrin Systems.",
     ["investment completed: Brindle Bank investor, Pellmark investee | 4.5e+08 USD once"]),
    # a list member named after the noun of its kind, a capitalised describing word before the noun: a member
    # (discourse.kind_member)
    ("Ulvane Robotics has raised $75 million. Kelvane Partners and the Tervish sovereign fund Qarsa Holdings also "
     "invested.",
     ["investment completed: Ulvane Robotics investee, Kelvane Partners investor, Qarsa Holdings investor | 7.5e+07 "
      "USD once"]),
    # a trade of one named side sized by a count of its goods waits for a next sentence to name its other side
    # (discourse.goods_counted_lone); a plan of one company's with a count, then a backer described, is none (a guard)
    ("Halvane will buy 300 MW of power for its Texas campus. The electricity will be supplied by Tervane Energy.",
     ["power announced: Halvane buyer, Tervane Energy seller"]),
    ("Brindova plans to deploy 100,000 GPUs next year. The company is backed by Dunmere Capital.",
     []),
    # a trade whose other side the sentence before left untold, then a sentence opening with a name and its role
    # (a copula and a role noun): that side (discourse.named_role_predicate), its figure where the deal had none
    ("Dorsen Digital will build a 400 MW campus near Columbus. Vestrane AI will be the anchor tenant.",
     ["datacenter announced: Dorsen Digital seller, Vestrane AI buyer"]),
    ("Dorsen Digital will build a 400 MW campus near Columbus. Vestrane AI is the sole tenant, paying about $6 "
     "billion over 12 years.",
     ["datacenter announced: Dorsen Digital seller, Vestrane AI buyer | 6e+09 USD once"]),
    # a figure right before a name that ends its noun phrase sizes what the name names, no deal's amount
    # (candidates.figure_sizes_name); before a name and a deal noun it is the deal's (a guard)
    ("The $400 million Corvel Opportunity Fund, launched by Hallin Bank in 2023, backs data-centre developers.",
     []),
    ("Pellmark signed a $700 million Astovar Cloud contract for GPU capacity.",
     ["compute announced: Pellmark buyer, Astovar Cloud seller | 7e+08 USD once"]),
    # a machine named as a site ('the Orlen Supercluster') is no organisation (mentions.document_or_round)
    ("The Orlen Supercluster, built with 8,000 GPUs supplied by Vestry Compute, went online in May.",
     []),
    # ', and' before a new subject and its deal verb, the part before unsized, the part after with a figure: two
    # clauses, each its own deal (mentions.and_clause_sized_after); a list of names before the verb is one (a guard)
    ("Tornsby will buy 12,000 GPUs from Kavrin Systems, and Omberly also agreed to a $260 million cloud contract with "
     "Astovar Cloud.",
     ["chips announced: Tornsby buyer, Kavrin Systems seller",
      "compute announced: Omberly buyer, Astovar Cloud seller | 2.6e+08 USD once"]),
    ("Quessary, Vantor Partners, and Dromel Capital invested $90 million in Halvex Robotics.",
     ["investment completed: Quessary investor, Vantor Partners investor, Dromel Capital investor, Halvex Robotics "
      "investee | 9e+07 USD once"]),
    # an aside after the opening name that tells a deal with its own figure is a dated deal, not a description
    # (roles.aside_with_figure); a relative clause whose subject is a name right after 'which' has the described
    # name as its object (mentions.relative_named_subject)
    ("Omberly Robotics, in which Vantor Capital invested $85 million in 2024, is hiring again.",
     ["investment completed: Omberly Robotics investee, Vantor Capital investor | 8.5e+07 USD once"]),
    ("Omberly Robotics, which Vantor Capital funded with $85 million in 2024, agreed to buy 2,000 GPUs from Kavrin "
     "Systems.",
     ["chips announced: Omberly Robotics buyer, Kavrin Systems seller",
      "investment announced: Vantor Capital investor, Omberly Robotics investee | 8.5e+07 USD once"]),
    # where two names are known, an unknown capitalised word right before goods names their maker: the sentence is
    # parsed, and the maker sells the goods its figure buys (gates.maker_name)
    ("Orvane Cloud will spend $900 million on Velkara servers and $150 million on cooling gear from Dessmore Systems.",
     ["chips announced: Orvane Cloud buyer, Velkara seller | 9e+08 USD once",
      "chips announced: Orvane Cloud buyer, Dessmore Systems seller | 1.5e+08 USD once"]),
    # a company bought from a seller described as a private equity firm: the words of its kind name no equity
    # bought and no product of the company's (triggers.jsonl, type.object_required)
    ("Velkara agreed to acquire Ostmere Labs from private equity firm Dunhollow Partners for $640 million.",
     ["acquisition announced: Velkara acquirer, Ostmere Labs target | 6.4e+08 USD once"]),
    # a name, a copula and a person's title is a person (mentions.titled_predicate); a company after 'of' that a
    # relative clause holding the trigger describes is that clause's subject, a speaker's employer too
    # (roles.relative_antecedent; the first case, whose company a shape knows, is a guard)
    ("Dara Quell is the founder of Kavrin Systems, which has agreed to supply 6,000 GPUs to Omberly Cloud.",
     ["chips announced: Kavrin Systems seller, Omberly Cloud buyer"]),
    ("\"Omberly has been a great partner,\" said Dara Quell, founder of Kavrin Systems, which has agreed to supply "
     "6,000 GPUs to Omberly Cloud.",
     ["chips announced: Kavrin Systems seller, Omberly buyer"]),
    # money lent with 'up to' before its figure: the 'to' of the qualifier names no recipient, and the provider
    # lends (roles.lender_invests)
    ("Quessary has agreed to provide Velmarsk with up to $800 million in financing to buy new servers.",
     ["investment announced: Quessary investor, Velmarsk investee | 8e+08 USD once"]),
    # capacity in watts rented or leased, no word for what runs on it: room in a data centre (type.watts_rented);
    # GPU capacity in watts is computing (a guard)
    ("Pellmark will rent 60 MW from Ostrevik for five years.",
     ["datacenter announced: Pellmark buyer, Ostrevik seller"]),
    ("Pellmark will rent 60 MW of GPU capacity from Ostrevik for five years.",
     ["compute announced: Pellmark buyer, Ostrevik seller"]),
    ("Pellmark agreed to lease 60 MW of capacity from Ostrevik in Iowa.",
     ["datacenter announced: Pellmark buyer, Ostrevik seller"]),
    ("Pellmark agreed to lease 60 MW of capacity from Ostrevik Cloud in Iowa.",
     ["compute announced: Pellmark buyer, Ostrevik Cloud seller"]),
    ("The 60 MW of capacity will be leased by Pellmark from Ostrevik for ten years.",
     ["datacenter announced: Pellmark buyer, Ostrevik seller"]),
    # so too after an opening phrase that places the deal among others (its deal noun is no partnership of the
    # names after 'from')
    ("In separate deals, Vestrane leased 40 MW from Dorsenko and 25 MW from Ulbrikta.",
     ["datacenter announced: Vestrane buyer, Dorsenko seller",
      "datacenter announced: Vestrane buyer, Ulbrikta seller"]),
    # after the round's lead, ', and' and a member told by its kind that also took part (discourse.lead_and_joined)
    ("Quessary raised $45 million in a Series A. Vantor Partners led the round, and early investor Orlek Capital also "
     "invested.",
     ["investment completed: Quessary investee, Vantor Partners investor, Orlek Capital investor | 4.5e+07 USD once"]),
    # a deal told with no figure, then a sentence naming no company that puts a value on it: its figure
    # (discourse.value_put_after); an analyst's value is none (a guard)
    ("Kavrin Systems will supply 9,000 servers to Omberly. Neither side gave terms, but two people briefed on the deal "
     "valued the deal at roughly $540 million.",
     ["chips announced: Kavrin Systems seller, Omberly buyer | 5.4e+08 USD once"]),
    ("Kavrin Systems will supply 9,000 servers to Omberly. Analysts at one bank valued the deal at roughly $540 "
     "million.",
     ["chips announced: Kavrin Systems seller, Omberly buyer"]),
    # a company's sale to a buyer, the possessive before it: the company is bought (triggers.jsonl); its stake's sale
    # is no takeover (a guard)
    ("Omberly Robotics' $720 million sale to Vantor Partners closed on Friday.",
     ["acquisition completed: Omberly Robotics target, Vantor Partners acquirer | 7.2e+08 USD once"]),
    ("Omberly's stake sale to Vantor Partners raised $90 million.",
     []),
    # a deal told as agreed, then a sentence whose subject is the deal and whose verb says it closed: completed
    # (discourse.completed_later); a deal expected to close stays announced (a guard)
    ("Vantor Partners agreed in June to buy Omberly Robotics for $300 million. The acquisition was completed on "
     "Monday.",
     ["acquisition completed: Vantor Partners acquirer, Omberly Robotics target | 3e+08 USD once"]),
    ("Vantor Partners agreed in June to buy Omberly Robotics for $300 million. The acquisition is expected to close "
     "in the spring.",
     ["acquisition announced: Vantor Partners acquirer, Omberly Robotics target | 3e+08 USD once"]),
    # 'set up' a site for a tenant is a build (triggers.jsonl); 'at an investment of' is what it costs, no investment
    # in a company (type.investment_cost)
    ("Chandra Infra will set up a 150 MW campus near Pune for Vesna Labs at an investment of Rs 9,000 crore.",
     ["datacenter announced: Chandra Infra seller, Vesna Labs buyer | 9e+10 INR once"]),
    ("Chandra Infra will set up a 150 MW campus near Pune for Vesna Labs.",
     ["datacenter announced: Chandra Infra seller, Vesna Labs buyer"]),
    # the names a company counts among its customers or backers are no party of the deal the sentence tells
    # (roles.counts_among)
    ("Astovar Cloud counts Vestrane Labs and Omberly AI among its largest clients, and on Monday signed a $90 million "
     "contract with Pellmark.",
     ["compute announced: Pellmark buyer, Astovar Cloud seller | 9e+07 USD once"]),
    # a sentence opening on a participle of taking part and a copula: the list after it invests in the round told
    # (discourse.inverted_investors), with those a 'with' adds
    ("Tornvik Labs closed a $64 million Series A. Leading the round was Orlek Capital, with Vantor Partners also "
     "investing.",
     ["investment completed: Tornvik Labs investee, Orlek Capital investor, Vantor Partners investor | 6.4e+07 USD "
      "once"]),
    ("Tornvik Labs closed a $64 million Series A. Also participating were Quessary and Dromel Partners.",
     ["investment completed: Tornvik Labs investee, Quessary investor, Dromel Partners investor | 6.4e+07 USD once"]),
    # a sentence opening on the trigger's participle and its object, then a copula: the name after it is the verb's
    # subject (roles.inverted_subject)
    ("Providing the GPUs will be Dorsenko, under a $1.3 billion contract with Vestrane.",
     ["chips announced: Dorsenko seller, Vestrane buyer | 1.3e+09 USD once"]),
    # 'valued at' in a relative clause on a name values the company, not the deal the clause's noun tells
    # (mentions.deal_valued_at); a deal set off by commas keeps its value (a guard)
    ("The deal gives Vantor Partners a 9% stake in Omberly Robotics, which it valued at $2.5 billion.",
     ["investment announced: Vantor Partners investor, Omberly Robotics investee"]),
    ("The deal gives Vantor Partners a 9% stake in Omberly Robotics, which was valued at $2.5 billion.",
     ["investment announced: Vantor Partners investor, Omberly Robotics investee"]),
    ("The acquisition of Omberly Robotics by Vantor Partners, valued at $2.5 billion, closed on Monday.",
     ["acquisition completed: Vantor Partners acquirer, Omberly Robotics target | 2.5e+09 USD once"]),
    # a later figure after 'another' with a verb of adding and no deal word is more of the deal told
    # (discourse.follow_on); a price that 'added' value is none (a guard)
    ("Quessary invested $400 million in Tornvik Labs in March. In June it followed up with another $250 million.",
     ["investment completed: Quessary investor, Tornvik Labs investee | 4e+08 USD once",
      "investment announced: Quessary investor, Tornvik Labs investee | 2.5e+08 USD once"]),
    ("Quessary invested $400 million in Tornvik Labs in March. Its shares added another $2 billion in market value "
     "in June.",
     ["investment completed: Quessary investor, Tornvik Labs investee | 4e+08 USD once"]),
    # a purchase or an investment whose only figure is what a party is valued at, in an apposition or a relative
    # clause on its name, is a deal without an amount (candidates.valued_party); a trade's own value keeps no bare
    # deal, nor does a partnership beside a valuation (guards)
    ("Ostrune Holdings agreed to buy Quessary, an inference chip startup valued at about $1.2 billion.",
     ["acquisition announced: Ostrune Holdings acquirer, Quessary target"]),
    ("Ostrune Holdings is weighing a bid for Quessary, which was last valued at $1.2 billion.",
     ["acquisition talks: Ostrune Holdings acquirer, Quessary target"]),
    ("Ostrune Holdings will invest in Quessary, a startup valued at $1.2 billion.",
     ["investment announced: Ostrune Holdings investor, Quessary investee"]),
    ("Ostrune Holdings bought put options on 2 million shares of Quessary, a trade valued at about $300 million.", []),
    ("Ostrune Holdings, now valued at $1.2 billion, announced a partnership with Quessary.", []),
    # a figure in watts and 'supply' before a deal noun is electricity supplied (type.watts_supply_noun); watts of
    # goods named stay the goods' deal (a guard)
    ("Vestrane Data signed a 250 MW supply agreement with Norvik Kraft.",
     ["power announced: Vestrane Data buyer, Norvik Kraft seller"]),
    ("Vestrane signed a 250 MW GPU supply agreement with Dorsenko.",
     ["chips announced: Vestrane buyer, Dorsenko seller"]),
    # the output of a plant, however its owner and size are told, is electricity (type.plant_output); a foundry's
    # output stays chips (a guard)
    ("Vestrane Data will buy the entire output of Norvik Kraft's planned 400 MW plant for 15 years.",
     ["power announced: Vestrane Data buyer, Norvik Kraft seller"]),
    ("Vestrane will buy the entire output of Dorsenko's new chip foundry for three years.",
     ["chips announced: Vestrane buyer, Dorsenko seller"]),
    # a name before a lower-case noun for an organisation names it in the noun's slot (mentions.named_fund); a place
    # before the noun names none (a guard)
    ("The Quessary fund put $40 million into Tornvik Labs.",
     ["investment announced: Quessary investor, Tornvik Labs investee | 4e+07 USD once"]),
    ("The Norwegian fund put $40 million into Tornvik Labs.", []),
    ("The Quessary sovereign fund put $40 million into Tornvik Labs.",
     ["investment announced: Quessary investor, Tornvik Labs investee | 4e+07 USD once"]),
    # money that came from names after a round adds them as its investors (discourse.adds_investors); money from a
    # round put to use adds no one (a guard)
    ("Tornvik Labs raised $35 million. The round included money from Quessary, Orlek Capital and Vantor Partners.",
     ["investment completed: Tornvik Labs investee, Quessary investor, Orlek Capital investor, Vantor Partners "
      "investor | 3.5e+07 USD once"]),
    ("Tornvik Labs raised $35 million. It will spend money from the round on hiring at Quessary.",
     ["investment completed: Tornvik Labs investee | 3.5e+07 USD once"]),
    # a round whose relative clause values its company tells whose round it is (candidates.round_valuing)
    ("The round, which values Tornvik Labs at $900 million, was led by Quessary, with Orlek Capital joining.",
     ["investment announced: Tornvik Labs investee, Quessary investor, Orlek Capital investor"]),
    # a second counted object joined by 'and' has its own counterparty, whatever the recogniser calls it
    # (mentions.gapped_quantity)
    ("Vestrane will rent 300 MW from Dorsenko in Nevada and another 100 MW from Quessary in Utah.",
     ["datacenter announced: Vestrane buyer, Dorsenko seller",
      "datacenter announced: Vestrane buyer, Quessary seller"]),
    ("Ostra Labs has agreed to rent 80 MW from Halvern Data in Virginia and a further 40 MW from Tornby in Ohio.",
     ["datacenter announced: Ostra Labs buyer, Halvern Data seller",
      "datacenter announced: Ostra Labs buyer, Tornby seller"]),
    # 'back' between two names in the present tense, which the parser may read as an adverb, is the verb
    # (mentions.verb_between_names); 'back' before a day or a preposition is no verb (guards)
    ("Quessary and Orlek back Tornvik in a $25 million round.",
     ["investment announced: Quessary investor, Orlek investor, Tornvik investee | 2.5e+07 USD once"]),
    ("Quessary came back Monday with a new offer for its staff.", []),
    # a power pact is a power deal (cues.yaml power cues)
    ("Vestrane Data and Norvik strike a 12-year power pact.",
     ["power announced: Vestrane Data buyer, Norvik seller"]),
    # a purchase whose only figure is a price per share stays a deal without an amount
    # (candidates.per_share_price); the total a per-share price represents is its amount (mentions.priced_at_value)
    ("Orlek Capital agreed to acquire Tornvik Systems for $31 per share in cash.",
     ["acquisition announced: Orlek Capital acquirer, Tornvik Systems target"]),
    ("Orlek Capital agreed to acquire Tornvik Systems for $31 per share in cash, representing an enterprise value of "
     "about $1.9 billion.",
     ["acquisition announced: Orlek Capital acquirer, Tornvik Systems target | 1.9e+09 USD once"]),
    # a verb of filing with an infinitive of its own makes its subject act (mentions.filed_to_act); what money raised
    # is to fund is a plan, no deal with the seller (candidates.money_use_aside)
    ("Tornvik has filed to raise up to $300 million in a convertible note offering.",
     ["investment announced: Tornvik investee | 3e+08 USD once"]),
    ("Tornvik Labs will raise $300 million through convertible notes to fund its purchase of servers from Quessary.",
     ["investment announced: Tornvik Labs investee | 3e+08 USD once"]),
    # a trigger inside a hyphenated phrase is no verb (mentions.hyphen_phrase); a customer 'for' a site buys from the
    # site's owner (roles.customer_for_site)
    ("Norvik Energy has signed a take-or-pay agreement with Vestrane Data covering 200 MW of output from its plant.",
     ["power announced: Vestrane Data buyer, Norvik Energy seller"]),
    ("Vestrane signed on as the anchor tenant for Dorsenko's 150 MW campus in Ohio.",
     ["datacenter announced: Vestrane buyer, Dorsenko seller"]),
    # 'become' a site's or a seller's tenant or customer is a trigger of the buying side (triggers.jsonl); becoming
    # a customer of no one named is no deal (a guard)
    ("Vestrane has become the anchor tenant for Dorsenko's 150 MW campus in Ohio.",
     ["datacenter announced: Vestrane buyer, Dorsenko seller"]),
    ("Vestrane has become a customer.", []),
    # a stake in the seller's own platform is sold by the company invested in (roles.own_stake_sold)
    ("Dorsenko Data agreed to sell a 30% stake in its Nordic platform to Orlek Partners for $900 million.",
     ["investment announced: Dorsenko Data investee, Orlek Partners investor | 9e+08 USD once"]),
    # an order or a contract won from a named customer is a deal made, kept without a figure and beside figures of
    # results (candidates.won_order); an order book is none (a guard)
    ("Dorsenko has won a multi-year order from Vestrane Cloud for its optical transceivers.",
     ["chips announced: Dorsenko seller, Vestrane Cloud buyer"]),
    ("Dorsenko posted revenue of $2.2 billion and said it had won a contract from Vestrane Cloud for its servers.",
     ["chips announced: Dorsenko seller, Vestrane Cloud buyer"]),
    ("Dorsenko said orders from Vestrane Cloud made up 21% of its $2.2 billion order book.", []),
    # a memorandum signed names the agreement itself, as an MoU does (context.yaml strong_nouns)
    ("Vestrane signed a memorandum of understanding with Dorsenko Semiconductor to secure a supply of AI chips.",
     ["chips announced: Vestrane buyer, Dorsenko Semiconductor seller"]),
    # ', and' before a new subject and a verb of saying cuts two reports, each of its own deal
    # (mentions.and_said_clause)
    ("Orlek said it would buy 8,000 GPUs from Dorsenko, and Vestrane said it had agreed to rent capacity to Quessary "
     "for $120 million.",
     ["chips announced: Orlek buyer, Dorsenko seller",
      "compute announced: Vestrane seller, Quessary buyer | 1.2e+08 USD once"]),
    # a list of owners' deals, each a possessive, a figure and a deal noun, is a deal per item
    # (mentions.possessive_deal_list); a last name with a possessive is no member of a 'deals with' list
    ("Recent deals include Orlek's $2 billion server order from Dorsenko, Vestrane's $700 million lease with Quessary, "
     "and Tornvik's purchase of 3,000 GPUs from Halbrand.",
     ["chips announced: Orlek buyer, Dorsenko seller | 2e+09 USD once",
      "datacenter announced: Vestrane buyer, Quessary seller | 7e+08 USD once",
      "chips announced: Tornvik buyer, Halbrand seller"]),
    ("Recent deals include Orlek's $2 billion server order from Dorsenko and Vestrane's $700 million lease with "
     "Quessary.",
     ["chips announced: Orlek buyer, Dorsenko seller | 2e+09 USD once",
      "datacenter announced: Vestrane buyer, Quessary seller | 7e+08 USD once"]),
    # a figure before 'seed' is a seed round (triggers.jsonl), as before 'seed round'
    ("Tornvik Labs: $12 million seed from Orlek Capital and Quessary",
     ["investment announced: Tornvik Labs investee, Orlek Capital investor, Quessary investor | 1.2e+07 USD once"]),
    # a lease of goods is computing rented out (type.goods_as_service), not a site's lease; the cloud rents it out
    ("Halbrand Cloud signed a $60 million GPU lease with Tornvik Labs.",
     ["compute announced: Tornvik Labs buyer, Halbrand Cloud seller | 6e+07 USD once"]),
    # an offering of a figure of notes or bonds is debt financing raised by its issuer (triggers.jsonl); shares sold
    # are no such trigger (a guard)
    ("Tornvik Labs priced an offering of $350 million of convertible senior notes.",
     ["investment announced: Tornvik Labs investee | 3.5e+08 USD once"]),
    ("Orlek sold $350 million of Tornvik shares in a block sale.", []),
    # 'with' on the noun after 'of' in the verb's object names the counterparty (mentions.object_of_object)
    ("Vafenva has reserved $900 million of GPU capacity with Ethaunvelsa for 2027.",
     ["compute announced: Vafenva buyer, Ethaunvelsa seller | 9e+08 USD once"]),
    # running or training on another's machines is computing used (type.run_on_owned); buying the machines stays a
    # chips deal (a guard)
    ("Orlek will train its models on Halbrand Cloud's new cluster in Norway under a $300 million deal.",
     ["compute announced: Orlek buyer, Halbrand Cloud seller | 3e+08 USD once"]),
    ("Orlek will buy $300 million of Halbrand's accelerators to run its models.",
     ["chips announced: Orlek buyer, Halbrand seller | 3e+08 USD once"]),
    # goods deployed or installed 'from' a named maker are bought from it (triggers.jsonl); capital deployed from a
    # fund is no such trade (a guard)
    ("Vestrane will deploy 200 MW of fuel cells from Norvik Power at its campuses.",
     ["power announced: Vestrane buyer, Norvik Power seller"]),
    ("Orlek deployed $200 million of capital from its second fund last year.", []),
    # the name after an absolute 'with' and before a participle is that participle's subject, no counterpart of the
    # deal's trigger (roles.with_participle_other)
    ("The quarter ended strongly, with Quessary closing a $90 million Series B led by Orlek Capital.",
     ["investment announced: Quessary investee, Orlek Capital investor | 9e+07 USD once"]),
    # 'putting' a figure 'into' a company invests it (triggers.jsonl); a company put into administration is no
    # investment (a guard)
    ("Orlek and Quessary are among investors putting a combined $80 million into Tornvik Labs.",
     ["investment announced: Orlek investor, Quessary investor, Tornvik Labs investee | 8e+07 USD once"]),
    ("A court put Tornvik Labs into administration after 2 years of losses.", []),
    # a sized earlier deal after a noun of agreement is a deal of its own, the subject's, and keeps its figure from
    # the sentence's own deal (mentions.time_noun_after_noun)
    ("Halbrand Cloud has signed a deal to rent GPUs to Tornvik, its third such contract after a $400 million deal "
     "with Quessary in March.",
     ["compute announced: Halbrand Cloud seller, Tornvik buyer",
      "compute announced: Quessary buyer, Halbrand Cloud seller | 4e+08 USD once"]),
    # the 'it' right after 'said' is the speaker even where the parse gives 'said' no reported clause
    # (mentions.speaker_it_adjacent)
    ("Velkor said it had secured financing of $80 million from Orlek Capital.",
     ["investment completed: Velkor investee, Orlek Capital investor | 8e+07 USD once"]),
    # financing of a figure, or led by its lenders, for one site finances the site (type.loan_for_site); for the
    # company's growth it stays an investment (a guard)
    ("Brindova secured financing of $2 billion from Orlek Bank for its 200 MW campus.",
     ["datacenter completed: Brindova buyer, Orlek Bank seller | 2e+09 USD once"]),
    ("Brindova closed a $2 billion debt financing led by Orlek Bank and Quessary Credit to build its Ohio campus.",
     ["datacenter completed: Brindova buyer, Orlek Bank seller, Quessary Credit seller | 2e+09 USD once"]),
    ("Brindova secured financing of $2 billion from Orlek Bank to fund its growth.",
     ["investment completed: Brindova investee, Orlek Bank investor | 2e+09 USD once"]),
    # joint developers of a financed site are all its buyers, as joint investees are all parties (roles.joint_investees)
    ("Pavlo Systems, Dronel and Ostren have landed a $2 billion construction financing package led by Brimvale Bank "
     "for their campus in Ohio.",
     ["datacenter completed: Pavlo Systems buyer, Dronel buyer, Ostren buyer, Brimvale Bank seller | 2e+09 USD once"]),
    # an unknown first word before a word for shares names the listed company (mentions.name_norm_shares); a
    # stake the speech verb takes for object is the speaker's own, and 'the company' someone else
    # (mentions.discloses_deal); shares that fell for no deal make none (a guard)
    ("Pellix stock fell after it agreed to buy Halvern for $2 billion.",
     ["acquisition announced: Pellix acquirer, Halvern target | 2e+09 USD once"]),
    ("Pellix's shares rose 8% after Halvern disclosed a $300 million stake in the company.",
     ["investment announced: Pellix investee, Halvern investor | 3e+08 USD once"]),
    ("Quenlo disclosed that Taravik will invest $2 billion in the company.",
     ["investment announced: Taravik investor, Quenlo investee | 2e+09 USD once"]),
    ("Velmor shares fell 5% after analysts cut their forecasts for the $40 billion market.", []),
    # money paid out to holders or staff, or saved, buys nothing (type.payout_paid; money.yaml not_amount_before and
    # not_amount_after); paying a company for capacity still trades (a guard)
    ("Halvern paid $40 million in bonuses to staff after its deal with Pellix.", []),
    ("Halvern announced a $10 billion share buyback and said Pellix would remain its main supplier.", []),
    ("Halvern will cut 1,000 jobs to save $500 million a year, weeks after signing a $2 billion cloud deal with "
     "Pellix.",
     ["compute announced: Halvern buyer, Pellix seller | 2e+09 USD once"]),
    ("Halvern will pay Pellix $2 billion for GPU capacity.",
     ["compute announced: Halvern buyer, Pellix seller | 2e+09 USD once"]),
    # who rates a company is no party to the deal it cites (mentions.rater); an investor that raises its stake buys
    # (a guard)
    ("Orlek Securities raised its price target on Pellix after its $4 billion contract with Halvern.", []),
    ("Orlek Capital raised its stake in Pellix to 9% with a $300 million purchase.",
     ["investment completed: Orlek Capital investor, Pellix investee | 3e+08 USD once"]),
    # a sentence opening on 'it' acting is parsed though two names seem to give its parties, and the sentence
    # before with it (gates.it_subject)
    ("Pellworth is short of capacity. Last week it signed a $700 million contract with Orlek Cloud for access to "
     "Nvidia GPUs.",
     ["compute announced: Pellworth buyer, Orlek Cloud seller | 7e+08 USD once"]),
    # investors named in a clause the company reports, with no one named to take the money: the company's round
    # (mentions.speaker_investee); joint spenders on a build invest in no one (a guard)
    ("Dravik makes cooling systems. The company said Kestrin Ventures and Grendal Partners had invested $60 million.",
     ["investment completed: Kestrin Ventures investor, Grendal Partners investor, Dravik investee | 6e+07 USD once"]),
    ("Dravik said Kestrin Ventures and Grendal Partners are investing $110 billion to build data centres in Texas.",
     []),
    # a company's investing arm that joins a round invests for it (discourse.arm_joined)
    ("Ostrune raised $80 million. Orlek Capital led the round, and Quorvane's investment arm also joined.",
     ["investment completed: Ostrune investee, Orlek Capital investor, Quorvane investor | 8e+07 USD once"]),
    # goods received from a company are bought from it (triggers.jsonl; roles.payer_after_from reads a figure of money
    # received, not goods counted); money received from an investor stays a raise (a guard)
    ("Dravona will receive 30,000 accelerators from Orlek Systems under an order worth about $1.5 billion.",
     ["chips announced: Dravona buyer, Orlek Systems seller | 1.5e+09 USD once"]),
    ("Dravona will receive 250 MW from Orlek Energy's wind farms under a 12-year agreement.",
     ["power announced: Dravona buyer, Orlek Energy seller"]),
    ("Dravona received $40 million from Orlek Ventures.",
     ["investment completed: Dravona investee, Orlek Ventures investor | 4e+07 USD once"]),
    # 'it' opening on a verb of choosing a supplier stands for the company named before (context.yaml it_act_verbs)
    ("Quorvane needs power for its new campus. It turned to Orlek Energy, which will supply 300 MW from a wind farm.",
     ["power announced: Quorvane buyer, Orlek Energy seller"]),
    # a site named before that a company pays for stands for its owner, the seller (mentions.site_bought_back,
    # type.paid_for_site); money paid for a company buys the company (a guard)
    ("Quorvane has found a buyer for its Ohio data centre. Pellix Realty agreed to pay $400 million for the 120 MW "
     "site.",
     ["datacenter announced: Pellix Realty buyer, Quorvane seller | 4e+08 USD once"]),
    ("Pellix Realty agreed to pay $400 million for Tornvik Labs.",
     ["acquisition announced: Pellix Realty acquirer, Tornvik Labs target | 4e+08 USD once"]),
    # a trigger word joined by a hyphen to the words before it ends a describing compound (type.hyphen_compound_word);
    # a prefix's hyphen leaves the verb (a guard)
    ("Former-crypto-miner-turned-host Ostrelo signed a $300 million contract to provide GPU capacity to Brenvik AI.",
     ["compute announced: Ostrelo seller, Brenvik AI buyer | 3e+08 USD once"]),
    ("Ostrix Capital co-led the $40 million round in Dravik.",
     ["investment announced: Ostrix Capital investor, Dravik investee | 4e+07 USD once"]),
    ("Orlek and Quessary announced a $2 billion joint-venture to fund a 300 MW campus in Ohio.",
     ["partnership announced: Orlek partner, Quessary partner | 2e+09 USD once"]),
    # a company's own spending on a thing of its own, with a supplier's clause after ', with': the supply is the
    # deal (candidates.capex_with_absolute); an investment in a company with a co-investor stays (a guard)
    ("Halbrook Cloud will spend and invest $900 million in a new campus in Ohio, with Orlek Energy providing 200 MW "
     "of power.",
     ["power announced: Halbrook Cloud buyer, Orlek Energy seller"]),
    ("Halbrook Capital will invest $90 million in Dravik, with Orlek Ventures investing $10 million.",
     ["investment announced: Halbrook Capital investor, Dravik investee, Orlek Ventures investor | 9e+07 USD once",
      "investment announced: Orlek Ventures investor, Dravik investee | 1e+07 USD once"]),
    # a contract got is a contract signed, announced (type.contract_won_signed); money secured is raised (a guard)
    ("Brenmoor landed a five-year contract worth $900 million to provide GPU capacity to Velkor.",
     ["compute announced: Brenmoor seller, Velkor buyer | 9e+08 USD once"]),
    ("Velkor secured a $400 million loan from Brenmoor Bank.",
     ["investment completed: Velkor investee, Brenmoor Bank investor | 4e+08 USD once"]),
    # a contract contested by rivals is no deal (type.contest); one won after the contest is (a guard)
    ("Brenvik and Ostrelo are competing to supply 50,000 GPUs to Halvern Cloud.", []),
    ("Ostrelo won the contest and will supply 50,000 GPUs to Halvern Cloud.",
     ["chips announced: Ostrelo seller, Halvern Cloud buyer"]),
    # goods counted by a buyer, then 'X is supplying them' with a figure: X sells, the figure is the trade's
    # (discourse.supplying_them)
    ("Marlow AI is buying 6,000 accelerators for a new cluster. Tessic is supplying them under a $250 million "
     "contract.",
     ["chips announced: Marlow AI buyer, Tessic seller | 2.5e+08 USD once"]),
    # a role noun with what it takes after 'of' names the untold side (discourse.role_noun_of_goods)
    ("Brisa Power has won a contract to build a 300 MW wind farm. The buyer of the power will be Quarn Data.",
     ["power announced: Brisa Power seller, Quarn Data buyer"]),
    # a group that money came from funds it, and its lead leads (type.group_funds); a consortium led by a firm that
    # buys a company buys (a guard)
    ("The funding, which values Ostrelo at $900 million, came from a group of investors led by Brisk Capital.",
     ["investment announced: Ostrelo investee, Brisk Capital investor"]),
    ("Ostrelo was bought by a consortium led by Brisk Capital for $900 million.",
     ["acquisition completed: Ostrelo target, Brisk Capital acquirer | 9e+08 USD once"]),
    # a proper noun right before the number that counts a double object is its recipient
    # (mentions.recipient_before_count)
    ("Brisa Nuclear will sell Quarn 600 MW from its reactor in Ohio under a 20-year agreement.",
     ["power announced: Brisa Nuclear seller, Quarn buyer"]),
    # a relative clause on a site that names its developer names the landlord (roles.site_developer_relative); a
    # clause on a company that says what it does stays aside (a guard)
    ("The 300 MW campus in Ohio, which Brisa is building, will be leased to Quarn under a 12-year agreement.",
     ["datacenter announced: Brisa seller, Quarn buyer"]),
    ("Quarn will lease the campus from Brisa, which makes turbines with Velkor, in a $900 million deal.",
     ["datacenter announced: Quarn buyer, Brisa seller | 9e+08 USD once"]),
    # a place after 'in' is no other side of a reported trade (mentions.place_not_side)
    ("Quarn said Brisa Power had agreed to supply 400 MW to its campus in Ohio.",
     ["power announced: Brisa Power seller, Quarn buyer"]),
    # a passive infinitive of supplying is no frame of who sells (type.goods_passive); 'fuel-cell' is a cue of power
    ("Quarn signed a letter of intent with Brisa for 300 MW of capacity to be supplied from 2027.",
     ["compute announced: Quarn buyer, Brisa seller"]),
    ("Quarn signed a letter of intent with Brisa Energy for 200 MW of fuel-cell capacity.",
     ["power announced: Quarn buyer, Brisa Energy seller"]),
    # the capacity of a site sized in watts is space in a data centre (type.megawatt_at_site)
    ("Quarn has agreed to take all of the capacity at Brisa's new 150 MW facility in Ohio.",
     ["datacenter announced: Quarn buyer, Brisa seller"]),
    # money of many deals summed for a place or a field is none of them (candidates.aggregate_total); money put into a
    # named company stays a deal (a guard)
    ("AI chip investment in Europe reached $9 billion this year, led by Brisa and Quarn.", []),
    ("Investment in Tornvik reached $500 million after Orlek Capital joined the round.",
     ["investment announced: Tornvik investee, Orlek Capital investor | 5e+08 USD once"]),
    # an investor given as an example where the deal is only thought of is no party
    # (roles.class_example_hypothetical); one of a round raised is (a guard)
    ("Dalvik's chief executive said the company would consider raising money from investors such as Orvane next "
     "year.", []),
    ("Quarn raised $40 million from investors such as Brisa Capital and Orlek.",
     ["investment completed: Quarn investee, Brisa Capital investor, Orlek investor | 4e+07 USD once"]),
    # plants a subject builds, taken up as where a later purchase comes from, stand for it, the seller
    # (mentions.plant_from)
    ("Brisa Power will build three solar farms in Ohio. Quarn will buy 600 MW of electricity from the farms under a "
     "20-year deal.",
     ["power announced: Quarn buyer, Brisa Power seller"]),
    # the earlier contract of the compared deal's party, told with 'with' alone (discourse.earlier_contract_with)
    ("Orlek Cloud will rent 20,000 GPUs to Brisa for $1.5 billion. The deal is the biggest in Orlek's history and "
     "follows a $400 million contract with Quarn in May.",
     ["compute announced: Orlek seller, Brisa buyer | 1.5e+09 USD once",
      "compute announced: Orlek seller, Quarn buyer | 4e+08 USD once"]),
    # businesses combined into a new company are a joint venture (triggers.jsonl, candidates.combine_to_form); goods
    # combined with another's make nothing traded (a guard)
    ("Quarn will combine its data centre business with Brisa to form a new company.",
     ["partnership announced: Quarn partner, Brisa partner"]),
    ("Quarn combined its chips with Brisa's software to build a faster server.", []),
    # an approval received clears a deal, it does not close it (type.approval_received)
    ("Brisa has secured antitrust clearance for its $900 million acquisition of Quarn.",
     ["acquisition announced: Brisa acquirer, Quarn target | 9e+08 USD once"]),
    # a bare deal between a company described as a seller of a kind of goods and one described as their buyer is
    # that trade (type.kinds_trade); a partnership word keeps a partnership (a guard)
    ("The agreement between Ravenor, a GPU cloud provider, and AI lab Tessuin is worth $600 million over two years.",
     ["compute announced: Tessuin buyer, Ravenor seller | 6e+08 USD once"]),
    ("GPU cloud provider Ravenor and AI lab Tessuin announced a $600 million partnership to co-develop models.",
     ["partnership announced: Ravenor partner, Tessuin partner | 6e+08 USD once"]),
    # of joint subjects of a raise, the one only named as an investor put money in (roles.joint_backer)
    ("Growth fund Pellar Capital and robotics startup Quintus closed a $45 million Series A.",
     ["investment completed: Quintus investee, Pellar Capital investor | 4.5e+07 USD once"]),
    # the words that describe a name are its own, not those before a list's 'and' (mentions.descriptor_kind)
    ("Venture firm Pellar Capital and robotics startup Quintus closed a $45 million Series A.",
     ["investment completed: Quintus investee, Pellar Capital investor | 4.5e+07 USD once"]),
    # a loan a lender signs with a company is lent to it (roles.lender_signs); a company that signs a loan with a bank
    # borrows (a guard)
    ("Quessary Bank signed a $250 million loan with Ravenor to build a campus.",
     ["investment announced: Ravenor investee, Quessary Bank investor | 2.5e+08 USD once"]),
    ("Ravenor signed a $250 million loan with Quessary Bank to build a campus.",
     ["investment announced: Ravenor investee, Quessary Bank investor | 2.5e+08 USD once"]),
    # the owner of the site goods sit in is no seller where 'from' names one (roles.from_over_site_owner)
    ("Quorlan will rent 5,000 GPUs housed in Maltrix's campus in Utah from Ravenor.",
     ["compute announced: Quorlan buyer, Ravenor seller"]),
    # goods a cloud provides for a term are rented (type.cloud_goods_term); a chipmaker's supply over a term to a
    # cloud stays a sale of chips (a guard)
    ("Ostrel Cloud will provide Pemdrik with 8,000 GPUs for $400 million over two years.",
     ["compute announced: Ostrel Cloud seller, Pemdrik buyer | 4e+08 USD once"]),
    ("Brisk Semiconductor will supply Ostrel Cloud with 20,000 GPUs over three years.",
     ["chips announced: Brisk Semiconductor seller, Ostrel Cloud buyer"]),
    # a company that sells its own securities raises the money (roles.securities_sold, cues 'of shares'); a holder
    # that sells its shares in another company sells a stake in that one (a guard)
    ("Velquen sold $2 billion of shares to Ostrikan Capital and Pemdrik Partners.",
     ["investment announced: Velquen investee, Ostrikan Capital investor, Pemdrik Partners investor | 2e+09 USD once"]),
    ("Velquen sold $300 million of convertible notes to Ostrikan Capital.",
     ["investment announced: Velquen investee, Ostrikan Capital investor | 3e+08 USD once"]),
    # a facility or round made larger is money raised (triggers.jsonl); revenue made larger is none (a guard)
    ("Ardrix upsized its credit facility to $1.2 billion, with Brisa Bank joining the lenders.",
     ["investment announced: Ardrix investee, Brisa Bank investor | 1.2e+09 USD once"]),
    ("Ardrix increased its revenue to $1.2 billion.", []),
    # a quotation opening on 'we' speaks for its speaker's company, named after it (mentions.quote_we)
    ("\"We have agreed to buy 6,000 accelerators from Quellan for $240 million,\" said Mia Lund, chief executive of "
     "Pemdrik.",
     ["chips announced: Pemdrik buyer, Quellan seller | 2.4e+08 USD once"]),
    # a business sold to a buyer told by its kind (mentions.described_recipient) or whose words name goods
    # (type.business_in_trigger) is an acquisition; sites sold stay a datacenter deal (a guard)
    ("Dremmel Group said it had sold its cloud business to investment manager Ostrikan Partners for $700 million.",
     ["acquisition completed: Dremmel Group target, Ostrikan Partners acquirer | 7e+08 USD once"]),
    ("Dremmel Group agreed to sell its colocation unit to Ostrikan Partners for $700 million.",
     ["acquisition announced: Dremmel Group target, Ostrikan Partners acquirer | 7e+08 USD once"]),
    ("Dremmel Group will sell two data centres in Ohio to asset manager Ostrikan Partners for $700 million.",
     ["datacenter announced: Dremmel Group seller, Ostrikan Partners buyer | 7e+08 USD once"]),
    # a side described, then named in the next sentence with its role hedged or in apposition, paying the figure
    # (discourse.role_noun_hedged, discourse.role_noun_pays, discourse.named_role_apposition); a figure of another
    # verb there is no price of the deal (a guard)
    ("Tolvane Digital has agreed to lease its 120 MW Ohio campus to a cloud provider. The tenant, believed to be "
     "Pemdrik Cloud, will pay $2.5 billion over 12 years.",
     ["datacenter announced: Tolvane Digital seller, Pemdrik Cloud buyer | 2.5e+09 USD once"]),
    ("Tolvane Digital has agreed to lease its 120 MW Ohio campus to a cloud provider. Pemdrik Cloud, the tenant, "
     "will pay $2.5 billion over 12 years.",
     ["datacenter announced: Tolvane Digital seller, Pemdrik Cloud buyer | 2.5e+09 USD once"]),
    ("Tolvane Digital has agreed to lease its 120 MW Ohio campus to a cloud provider. The tenant, Pemdrik Cloud, "
     "reported revenue of $2.5 billion last year.",
     ["datacenter announced: Tolvane Digital seller, Pemdrik Cloud buyer"]),
    # goods sent 'to' a side described and not named: the side described receives them (roles.unnamed_recipient);
    # money paid 'to' one goes to the seller (a guard)
    ("Tolvane Digital will supply 300 MW of power to a cloud provider under a ten-year contract.",
     ["power announced: Tolvane Digital seller"]),
    ("Tolvane Digital will pay $800 million to a cloud provider for GPU capacity.",
     ["compute announced: Tolvane Digital buyer | 8e+08 USD once"]),
    # goods a next sentence says come from a company, after an aside or with no auxiliary (discourse.goods_aside,
    # discourse.goods_come_from); a place they come from is no seller (a guard)
    ("Pemdrik AI has ordered 8,000 GPUs. The processors, valued at roughly $320 million, will be supplied by Orlek "
     "Systems.",
     ["chips announced: Pemdrik AI buyer, Orlek Systems seller | 3.2e+08 USD once"]),
    ("Pemdrik AI has ordered 8,000 GPUs. The accelerators come from Orlek Systems, its longtime supplier.",
     ["chips announced: Pemdrik AI buyer, Orlek Systems seller"]),
    ("Pemdrik AI has ordered 8,000 GPUs. The chips come from Taiwan.", []),
    # goods sold from a source to a site: the site after 'to' is where they go (type.source_then_destination)
    ("Brannoc Energy will sell electricity from its gas-fired plant in Ohio to Pemdrik AI's data center campus.",
     ["power announced: Brannoc Energy seller, Pemdrik AI buyer"]),
    ("Brannoc Energy will sell electricity from its 1.5 GW gas-fired plant to Pemdrik AI's data center campus.",
     ["power announced: Brannoc Energy seller, Pemdrik AI buyer"]),
    # names on the subject's side with their figures 'respectively' (candidates.respective_subjects); one figure
    # 'each' for names after it (candidates.figure_each); a figure with no 'each' stays one deal (a guard)
    ("Quellan Robotics and Dovrin Labs raised $120 million and $45 million, respectively, from Tarsk Ventures.",
     ["investment completed: Quellan Robotics investee, Tarsk Ventures investor | 1.2e+08 USD once",
      "investment completed: Dovrin Labs investee, Tarsk Ventures investor | 4.5e+07 USD once"]),
    ("Tarsk Ventures will invest $40 million each in Quellan Robotics, Dovrin Labs and Selmar AI.",
     ["investment announced: Tarsk Ventures investor, Quellan Robotics investee | 4e+07 USD once",
      "investment announced: Tarsk Ventures investor, Dovrin Labs investee | 4e+07 USD once",
      "investment announced: Tarsk Ventures investor, Selmar AI investee | 4e+07 USD once"]),
    ("Quellan Robotics raised $120 million from Tarsk Ventures and Dovrin Capital.",
     ["investment completed: Quellan Robotics investee, Tarsk Ventures investor, Dovrin Capital investor | 1.2e+08 USD "
      "once"]),
    # a relative clause with 'also' and a verb of a deal done tells a second deal (mentions.relative_also); an
    # ongoing relationship in one tells none (a guard)
    ("Ostrikan Energy will supply 300 MW to Velquen AI, which has also signed a chip supply agreement with Brisk "
     "Semiconductor.",
     ["power announced: Ostrikan Energy seller, Velquen AI buyer",
      "chips announced: Velquen AI buyer, Brisk Semiconductor seller"]),
    ("Ostrikan Energy will supply 300 MW to Velquen AI, which also counts Brisk Capital among its investors.",
     ["power announced: Ostrikan Energy seller, Velquen AI buyer"]),
    # the kind a sized deal noun names is the deal's, over the goods the next sentence names
    # (discourse.type_told_before); with no kind word before the noun, the goods decide (a guard)
    ("Pemdrik Labs has signed a cloud deal worth $900 million. Orsk Compute will provide Pemdrik with 12,000 GPUs "
     "from its sites in Iceland.",
     ["compute announced: Orsk Compute seller, Pemdrik buyer | 9e+08 USD once"]),
    ("Pemdrik Labs has signed a deal worth $900 million. Orsk Compute will supply Pemdrik with 12,000 GPUs.",
     ["chips announced: Orsk Compute seller, Pemdrik buyer | 9e+08 USD once"]),
    # a company told by a description reports the clause it speaks in (roles.speaker_described)
    ("Shares of Morlan jumped after the networking company said Quessel had agreed to buy $400 million of its "
     "network switches.",
     ["chips announced: Quessel buyer, Morlan seller | 4e+08 USD once"]),
    # supplying the subject's own sites in the infinitive is what the goods are for (mentions.supplies_own_sites);
    # supplying another's is the subject's sale (a guard)
    ("Quessel signed a ten-year agreement with Morlan for 300 MW of wind power to supply its data centers in Iowa.",
     ["power announced: Quessel buyer, Morlan seller"]),
    ("Quessel signed a ten-year agreement to supply Morlan's data centers in Iowa with 300 MW of wind power.",
     ["power announced: Quessel seller, Morlan buyer"]),
    ("Quessel signed an agreement with Morlan to sell its Iowa campus for $300 million.",
     ["datacenter announced: Quessel seller, Morlan buyer | 3e+08 USD once"]),
    # a bare agreement of the two parties of a trade told before is of that kind (discourse.pair_kind_before); one
    # that names its kind keeps it (a guard)
    ("Quessel agreed a $2 billion cloud capacity deal with Morlan. The pair had signed a $700 million contract a "
     "year earlier.",
     ["compute announced: Quessel buyer, Morlan seller | 2e+09 USD once",
      "compute announced: Quessel buyer, Morlan seller | 7e+08 USD once"]),
    ("Quessel agreed a $2 billion cloud capacity deal with Morlan. The two companies also formed a $700 million "
     "joint venture.",
     ["compute announced: Quessel buyer, Morlan seller | 2e+09 USD once",
      "partnership announced: Quessel partner, Morlan partner | 7e+08 USD once"]),
    # the course not taken (mentions.alternative_not_taken) and a stake already held (mentions.stake_held) tell no
    # deal; a deal chosen instead of another, and a stake bought, do (guards)
    ("Velquen will build its own data centres rather than lease capacity from Orlek Digital.", []),
    ("Orlek Cloud lost a bid to supply accelerators to Pemdrik Labs last month.", []),
    ("Velquen will rent GPUs from Orlek Cloud for $300 million instead of buying its own chips.",
     ["compute announced: Velquen buyer, Orlek Cloud seller | 3e+08 USD once"]),
    ("Tarsk Partners owns a 15% stake in Velquen Robotics worth about $90 million.", []),
    ("Tarsk Partners bought a 15% stake in Velquen Robotics for about $90 million.",
     ["investment completed: Tarsk Partners investor, Velquen Robotics investee | 9e+07 USD once"]),
    # rivals given as examples are no antecedent of the phrase that follows (mentions.rival_not_antecedent)
    ("Selmar Labs builds robots for warehouses. It competes with rivals like Orvik and Tamsel. The startup has "
     "raised $80 million from Kessin Capital.",
     ["investment completed: Selmar Labs investee, Kessin Capital investor | 8e+07 USD once"]),
    # generating plants named by their fuel are power (cues 'gas-fired', 'gas plants')
    ("Brennic Cloud signed an agreement with Halvane Energy for 300 MW of gas-fired capacity.",
     ["power announced: Brennic Cloud buyer, Halvane Energy seller"]),
    # a figure before the site goods go to is the site's value (candidates.site_value_destination); a figure of the
    # supply itself sizes it (a guard)
    ("Tarvik Power will supply 900 MW to power a planned $6 billion campus of Selmar Cloud in Ohio.",
     ["power announced: Tarvik Power seller, Selmar Cloud buyer"]),
    ("Tarvik Power will supply 900 MW worth $600 million to a campus of Selmar Cloud in Ohio.",
     ["power announced: Tarvik Power seller, Selmar Cloud buyer | 6e+08 USD once"]),
    # money received from a payer for goods is a price (type.received_for_goods); for a stake, funding (a guard)
    ("Orvasta will receive $1.4 billion from Pemdrik Labs for GPU capacity over three years.",
     ["compute announced: Orvasta seller, Pemdrik Labs buyer | 1.4e+09 USD once"]),
    ("Orvasta received $1.4 billion from Pemdrik Labs for a 20% stake.",
     ["investment completed: Orvasta investee, Pemdrik Labs investor | 1.4e+09 USD once"]),
    # a name alone before a relative clause that tells a deal is its subject (mentions.relative_antecedent_name)
    ("Drossel, which agreed to acquire Mentavo for $640 million in May, said regulators had cleared the deal.",
     ["acquisition announced: Drossel acquirer, Mentavo target | 6.4e+08 USD once"]),
    # a figure between a passive verb of paying and its 'by' (roles.passive_paid); an active payer (a guard)
    ("Mentavo is being paid $75 million by Drossel for GPU capacity.",
     ["compute announced: Mentavo seller, Drossel buyer | 7.5e+07 USD once"]),
    ("Mentavo is paying $75 million to Drossel for GPU capacity.",
     ["compute announced: Mentavo buyer, Drossel seller | 7.5e+07 USD once"]),
    # 'backed by' a figure is money put in (type.backed_with_figure); 'backed by' owners describes them (a guard)
    ("Ormelle, backed by $120 million from Drossel Ventures, plans to hire 200 engineers.",
     ["investment announced: Ormelle investee, Drossel Ventures investor | 1.2e+08 USD once"]),
    ("Ormelle, backed by Drossel Ventures, signed a $120 million deal with Pavik Cloud for GPU capacity.",
     ["compute announced: Ormelle buyer, Pavik Cloud seller | 1.2e+08 USD once"]),
    # watts of infrastructure are room in a data centre (cues 'MW of infrastructure' and the like)
    ("Tessmark will provide 150 megawatts of infrastructure to Quorrin under a ten-year contract.",
     ["datacenter announced: Tessmark seller, Quorrin buyer"]),
    # money the subject invests in a thing is its own spending; the raise beside it is the deal (type.invest_in_thing,
    # candidates.funded_part)
    ("Pravane Digital will invest $3 billion in the project, including $1 billion raised through an investment from "
     "Quellan Capital.",
     ["investment completed: Quellan Capital investor, Pravane Digital investee | 1e+09 USD once"]),
    # a part paid out 'of' the whole lent: the deal is the whole (triggers.jsonl, candidates.part_of_whole); two
    # figures of two deals are no part and whole (a guard)
    ("Tarsk Bank disbursed $50 million of a $400 million loan to Velquen Robotics.",
     ["investment announced: Tarsk Bank investor, Velquen Robotics investee | 4e+08 USD once"]),
    ("Tarsk Bank lent $50 million to Velquen Robotics and $400 million to Orlek Data.",
     ["investment completed: Tarsk Bank investor, Velquen Robotics investee | 5e+07 USD once",
      "investment completed: Tarsk Bank investor, Orlek Data investee | 4e+08 USD once"]),
    # a share and the round it is part of, with the names the round also includes (discourse.part_of_round, read in
    # one sentence by discourse.share_part_of_round); a round named with no one else in it is a record too, its one
    # investor the share's (guideline 2, as discourse.share_of_round reads '$30 billion of the $40 billion round')
    ("Marrick Ventures will put $60 million into Selvane Robotics as part of a $150 million round that also includes "
     "Orlek Capital.",
     ["investment announced: Selvane Robotics investee, Marrick Ventures investor, Orlek Capital investor | 1.5e+08 "
      "USD once",
      "investment announced: Marrick Ventures investor, Selvane Robotics investee | 6e+07 USD once"]),
    ("Marrick Ventures will put $60 million into Selvane Robotics as part of a $150 million round.",
     ["investment announced: Selvane Robotics investee, Marrick Ventures investor | 1.5e+08 USD once",
      "investment announced: Marrick Ventures investor, Selvane Robotics investee | 6e+07 USD once"]),
    # 'has been reported to' is a reporting cue (cues.yaml status_cues)
    ("Pemdrik has been reported to be buying GPU capacity worth $300 million from Selvik Cloud.",
     ["compute reported: Pemdrik buyer, Selvik Cloud seller | 3e+08 USD once"]),
    # 'combined' after an investing verb's figure: 'in X' is still the investee (mentions.combined_figure); a member's
    # share told by a noun it weighs is a record of its own (discourse.share_noun)
    ("Tarsk Partners and Orlek Group plan to invest $900 million combined in Velmarra. Tarsk Partners is weighing an "
     "investment of about $500 million.",
     ["investment announced: Tarsk Partners investor, Orlek Group investor, Velmarra investee | 9e+08 USD once",
      "investment talks: Tarsk Partners investor, Velmarra investee | 5e+08 USD once"]),
    # the agent of a passive verb of supplying after its goods supplies (roles.passive_with_goods); an active verb
    # with its goods keeps its subject the supplier (a guard)
    ("Kessavel will be supplied with 12,000 accelerators by Dromsk under a $500 million contract.",
     ["chips announced: Kessavel buyer, Dromsk seller | 5e+08 USD once"]),
    ("Dromsk will supply Kessavel with 12,000 accelerators under a $500 million contract.",
     ["chips announced: Dromsk seller, Kessavel buyer | 5e+08 USD once"]),
    # a clause of time with its own subject and a deal of its own (mentions.when_clause); one with no figure tells
    # a relationship in passing (a guard)
    ("Brannoc and Seltrin have worked together since 2021, when Seltrin invested $75 million in Brannoc.",
     ["investment completed: Seltrin investor, Brannoc investee | 7.5e+07 USD once"]),
    ("Brannoc and Seltrin have worked together since 2021, when Seltrin invested in Brannoc.", []),
    # a would-be investor who showed interest in joining the round just told joins it (context.yaml
    # round_investor_cues: 'interest from')
    ("Kessavel is expected to raise at least $2 billion, people familiar said. The startup has received interest from "
     "Dromsk Capital about joining the round.",
     ["investment reported: Kessavel investee, Dromsk Capital investor | 2e+09 USD once"]),
    # an order won, typed by the goods a sentence referring back names (discourse.goods_named_give_type)
    ("Velquen Systems landed a $450 million order from Dromsk. The order covers 9,000 servers to be shipped in "
     "March.",
     ["chips announced: Velquen Systems seller, Dromsk buyer | 4.5e+08 USD once"]),
    # the name before a site noun after 'at', in a lease, is the site's owner (mentions.leased_site_owner); a place
    # before a site noun is none (a guard)
    ("Pemvala signed a ten-year lease for 60 MW at the Ostrander campus for $1.1 billion.",
     ["datacenter announced: Pemvala buyer, Ostrander seller | 1.1e+09 USD once"]),
    ("Pemvala signed a ten-year lease for 60 MW at the Texas campus of Ostrander Data for $1.1 billion.",
     ["datacenter announced: Pemvala buyer, Ostrander Data seller | 1.1e+09 USD once"]),
    # a list of names chosen to act all act, the chooser the other side (roles.chosen_list)
    ("Ostmera selected Brindle Power and Calvik Energy to supply 800 MW to its Nevada campus under 20-year contracts.",
     ["power announced: Brindle Power seller, Calvik Energy seller, Ostmera buyer"]),
    # a name hung on a second figure joined to the first is that figure's counterparty (mentions.gapped_counterparty)
    ("Brindle said it would sell $800 million of power to Ostmera and another $300 million to Orlavin.",
     ["power announced: Brindle seller, Ostmera buyer | 8e+08 USD once",
      "power announced: Brindle seller, Orlavin buyer | 3e+08 USD once"]),
    # a stake taken, then goods bought from the same company with the figure: two deals (candidates.stake_then_trade);
    # a stake with its own figure and no purchase stays one (a guard)
    ("Calvik Systems will take a 10% stake in Pemlor and buy $450 million of its accelerators.",
     ["investment announced: Calvik Systems investor, Pemlor investee",
      "chips announced: Calvik Systems buyer, Pemlor seller | 4.5e+08 USD once"]),
    ("Calvik Systems will take a 10% stake in Pemlor for $450 million.",
     ["investment announced: Calvik Systems investor, Pemlor investee | 4.5e+08 USD once"]),
    # the owner of a site a financing funds takes it (mentions.site_funded; loans are debt put into the company)
    ("The loans, provided by Tarsk Bank and Merrow Capital, total $900 million and will finance Pemvala's data center "
     "in Utah.",
     ["investment announced: Pemvala investee, Tarsk Bank investor, Merrow Capital investor | 9e+08 USD once"]),
    # a verb that can be a noun, read by the parser as a compound after 'to' ('to host models'): 'for' still names
    # the one served (mentions.verb_read_as_compound); work run for a name is compute with that name the buyer
    # (type.deployed_for, roles.deployed_for)
    ("Marlowe Cloud won a $700 million contract to host models for Tavrin.",
     ["compute announced: Marlowe Cloud seller, Tavrin buyer | 7e+08 USD once"]),
    ("Marlowe Cloud signed a $700 million deal to run workloads for Tavrin over four years.",
     ["compute announced: Tavrin buyer, Marlowe Cloud seller | 7e+08 USD once"]),
    # a lower-case word and a hyphen joined to an -ing trigger before a noun: one adjective, no deal
    # (mentions.compound_ing_adjective); 'co-leading' still leads a round (a guard)
    ("The Vexa 9 is the best-selling server at Harlund, ahead of machines from Corvane.", []),
    ("Brisk demand made it the fastest-selling accelerator line Corvane has shipped to Harlund.", []),
    ("The Vexa 9, the best-selling server in the region, runs on chips from Corvane and storage from Harlund.", []),
    ("Harlund is co-leading a $60 million round in Corvane with Ansel Ventures.",
     ["investment announced: Harlund investor, Corvane investee, Ansel Ventures investor | 6e+07 USD once"]),
    # the reader as the subject of a deal verb, before it or before the verb it is coordinated with: advice, no
    # deal (mentions.reader_subject); a reader named in an aside leaves the company's deal alone (a guard)
    ("If you need more capacity, you can buy servers from Halvex or rent time on them from Quennet Cloud.", []),
    ("You will pay Quennet Cloud about $2 an hour per accelerator.", []),
    ("Halvex, which you may know for its chips, agreed to buy Quennet for $400 million.",
     ["acquisition announced: Halvex acquirer, Quennet target | 4e+08 USD once"]),
    # a title owned by a company, then a comma and a person's name ('Velmora's chief executive, Dara Lintz,'): the
    # surname alone later is that person (mentions.passage_people); a byline's 'CEO, Halvex Power' names the company
    # (a guard)
    ("Velmora's chief executive, Dara Lintz, stepped down in March. Lintz invested $20 million in Orrin Labs last "
     "year.", []),
    ("Quarro Capital took a 25% stake in Velmora by buying the shares held by Velmora's founder and former chairman, "
     "Dara Lintz, for $118 million.",
     ["investment completed: Quarro Capital investor, Velmora investee | 1.18e+08 USD once"]),
    ("Halvex Power will sell 300 MW of wind power to Orrin Labs under a 15-year agreement. Mara Quint, CEO, Halvex "
     "Power, said the deal was its largest.",
     ["power announced: Halvex Power seller, Orrin Labs buyer"]),
    # exploring a deal is talks (guideline 9: 'exploring'), with the verb before what is explored; a memorandum signed
    # 'to explore' an investment stays announced (rule mentions.counterparty_of_document's example)
    ("Under the memorandum, Sarvon will explore buying up to 1 GW of capacity from Teluk Digital in Johor.",
     ["datacenter talks: Sarvon buyer, Teluk Digital seller"]),
    ("Sarvon and Teluk Digital will explore a $2 billion joint venture to build data centres in Johor, they said.",
     ["partnership talks: Sarvon partner, Teluk Digital partner | 2e+09 USD once"]),
    # initials are no sentence's end inside a government's name ('the U.K. government'; mentions.full_stop)
    ("The U.K. government will take a 10% stake in Marrow Chips under a deal announced on Friday.",
     ["investment announced: U.K. government investor, Marrow Chips investee"]),
    # an investor taken on or brought in (triggers.jsonl), also in a relative clause on the investee, a deal of its
    # own (mentions.relative_investor_taken); an investor counted among backers is a relationship (a guard)
    ("Marrow Chips has brought in Tessan Capital as a strategic investor.",
     ["investment completed: Marrow Chips investee, Tessan Capital investor"]),
    ("Halden Systems will invest $2 billion in Marrow Chips, which took on Tessan Capital as an investor last month.",
     ["investment announced: Halden Systems investor, Marrow Chips investee | 2e+09 USD once",
      "investment completed: Marrow Chips investee, Tessan Capital investor"]),
    ("Marrow Chips counts Tessan Capital as an investor.", []),
    # a public body's 'of' list with a comma before its last 'and' is one name (mentions.body_serial_list), not
    # written short at its first comma (mentions.short_form)
    ("The Tessaran Department of Energy, Science and Technology awarded Kurogane Cloud a 40 billion yen grant to buy "
     "GPUs.",
     ["investment announced: Tessaran Department of Energy, Science and Technology investor, Kurogane Cloud investee "
      "| 4e+10 JPY once"]),
    # a deal word for goods, with a term, with a cloud as a side: capacity rented (type.cloud_goods_deal); the same
    # deal with a chipmaker stays a chip supply (a guard)
    ("Tavrin Labs signed a four-year, $900 million GPU contract with Orsell Cloud.",
     ["compute announced: Tavrin Labs buyer, Orsell Cloud seller | 9e+08 USD once"]),
    ("Tavrin Labs signed a four-year, $900 million GPU contract with chipmaker Orsell Semiconductor.",
     ["chips announced: Tavrin Labs buyer, Orsell Semiconductor seller | 9e+08 USD once"]),
    # what runs a site describes it, no cue of the trade (type.powered_site); electricity supplied to a site so
    # described stays power (a guard)
    ("Corvane Telecom signed an agreement with Pemlor Electric to acquire its shuttered glass plant to build a data "
     "centre powered by solar energy.",
     ["datacenter announced: Corvane Telecom buyer, Pemlor Electric seller"]),
    ("Pemlor Energy will supply 200 MW of electricity to Corvane Telecom's campus powered by its wind farms under a "
     "10-year agreement.",
     ["power announced: Pemlor Energy seller, Corvane Telecom buyer"]),
    # wafer-scale engines are chips (cues.yaml), deployed in a buyer's data centres: a chip supply, the site only
    # where they go
    ("Orsk Cloud and Velmara announced a multi-year collaboration to deploy Velmara V-9 wafer-scale engines within "
     "Orsk Cloud data centers.",
     ["chips announced: Orsk Cloud buyer, Velmara seller"]),
    # an agreement alone for a project, between two companies, is a tie-up on it (type.joint_project), the project's
    # cost no investment in either (type.investment_cost: 'requiring an investment of'); a lease for a project
    # stays a site (a guard); a company told as one of many of a kind before its name is described
    # (type.one_of_described)
    ("Dalmora and Kessrin Power signed a memorandum of understanding for a 300 MW data centre project in Peru "
     "requiring an investment of about $2 billion.",
     ["partnership announced: Dalmora partner, Kessrin Power partner | 2e+09 USD once"]),
    ("Dalmora signed a 15-year lease with Kessrin Data for its Lima data centre project.",
     ["datacenter announced: Dalmora buyer, Kessrin Data seller"]),
    ("Dalmora will start a new infrastructure project in partnership with one of Peru's leading energy "
     "companies, Kessrin Energy.",
     ["partnership announced: Dalmora partner, Kessrin Energy partner"]),
    # a company reports that an unnamed one signed a deal with it: the speaker is the one side named
    # (mentions.speaker_unnamed_client); a named signer leaves the speaker a bystander (a guard)
    ("Torvane Cloud said a large AI developer had signed a $350 million contract for its GPU cloud.",
     ["compute announced: Torvane Cloud seller | 3.5e+08 USD once"]),
    ("Analyst firm Brekka said Torvane Cloud had signed a $350 million contract with Pellam AI for GPU capacity.",
     ["compute announced: Pellam AI buyer, Torvane Cloud seller | 3.5e+08 USD once"]),
    # a supply for a site described, not a company named, and to 'an unnamed <company noun>': the supplier alone
    # (roles.supply_for_unnamed_site, candidates.unnamed_counterparty); a dated deal with a quantity traded is a deal
    # (candidates.dated_quantity), a dated one with none history (candidates.dated_history, a guard)
    ("Brakker Power announced an agreement to deliver 300 MW of fuel cells for a new data centre campus in Ohio.",
     ["power announced: Brakker Power seller"]),
    ("Brakker Power signed a deal to supply 12,000 GPUs to an unnamed Texas data center developer.",
     ["chips announced: Brakker Power seller"]),
    ("In March 2024, Brakker Power signed a deal to supply 250 MW of gas turbines to an unnamed US data center "
     "developer.",
     ["power announced: Brakker Power seller"]),
    ("In March 2024, Brakker Power first acquired a stake in Orvik Grid.", []),
    # an investor's own share told after an aside that names no company, trade or figure (discourse.share_after_aside)
    ("Brandt Capital, Kovel and Amersk are in talks to invest as much as $24 billion combined in Tessin AI. The talks "
     "are still ongoing, a source said. Brandt Capital is weighing an investment of up to $12 billion.",
     ["investment talks: Brandt Capital investor, Kovel investor, Amersk investor, Tessin AI investee | 2.4e+10 USD "
      "once",
      "investment talks: Brandt Capital investor, Tessin AI investee | 1.2e+10 USD once"]),
    # one agreement of both kinds before one agreement noun: two deals, the buyer also the investor where kinds do not
    # tell (candidates.investment_and_trade, candidates.investment_and_offtake)
    ("Norvale Data has signed an equity and offtake agreement with Pyrrha Fusion for 150 MW from its first reactor.",
     ["power announced: Norvale Data buyer, Pyrrha Fusion seller",
      "investment announced: Norvale Data investor, Pyrrha Fusion investee"]),
    ("Norvale Data signed a supply and investment agreement with Pyrrha Chips covering 20,000 accelerators.",
     ["chips announced: Norvale Data buyer, Pyrrha Chips seller",
      "investment announced: Norvale Data investor, Pyrrha Chips investee"]),
    # money put in, then a second verb of buying joined to it: two deals (candidates.invest_then_trade), the purchase
    # with the figure or quantity after 'and'; a purchase with no goods named after 'and' stays one deal (a guard)
    ("Corsley Cloud will invest $150 million in Ardent Fission and buy 300 MW of power from its first reactor.",
     ["investment announced: Corsley Cloud investor, Ardent Fission investee | 1.5e+08 USD once",
      "power announced: Corsley Cloud buyer, Ardent Fission seller"]),
    ("Corsley Cloud will invest in Ardent Fission and buy $90 million of accelerators from it.",
     ["chips announced: Corsley Cloud buyer, Ardent Fission seller | 9e+07 USD once",
      "investment announced: Corsley Cloud investor, Ardent Fission investee"]),
    ("Corsley Cloud will invest $150 million in Ardent Fission and buy back shares from employees.",
     ["investment announced: Corsley Cloud investor, Ardent Fission investee | 1.5e+08 USD once"]),
    # the side a trade earns revenue sells (discourse.revenue_earner); a payer named by a verb of paying keeps its
    # role (a guard)
    ("The hosting contract with Tarsk Cloud is expected to bring Pelgrave Data about $400 million in revenue over "
     "five years.",
     ["datacenter announced: Pelgrave Data seller, Tarsk Cloud buyer | 4e+08 USD once"]),
    ("Tarsk Cloud will pay Pelgrave Data $400 million for hosting, which Tarsk expects to cut its revenue costs.",
     ["datacenter announced: Tarsk buyer, Pelgrave Data seller | 4e+08 USD once"]),
    # a trade whose other side is only described, told with no figure, sized by the next sentence that refers back to
    # it, and its counterparty named after (discourse.figure_after_one_party, discourse.named_later)
    ("Kelvik Digital said it is leasing a data center it owns in Iowa to an AI cloud startup. The contract is expected "
     "to net the company $1.2 billion over its initial seven-year term. Kelvik Digital struck the deal with "
     "Pemberlo, a cloud startup based in London.",
     ["datacenter announced: Kelvik Digital seller, Pemberlo buyer | 1.2e+09 USD once"]),
    ("Kelvik Digital is leasing its Iowa campus to a cloud startup. The lease is expected to bring in about $500 "
     "million a year.",
     ["datacenter announced: Kelvik Digital seller | 5e+08 USD year"]),
    # a figure inside the trigger's own words is that deal's (candidates.figure_in_trigger); a round told right after
    # a company's valuation it set is that company's alone (roles.valued_after_round)
    ("Corvane is weighing an investment of up to $800 million in Lisk AI. The potential investment would start at "
     "$300 million and could grow if Lisk AI reaches its $1.5 billion fundraising goal.",
     ["investment talks: Corvane investor, Lisk AI investee | 8e+08 USD once",
      "investment talks: Lisk AI investee | 1.5e+09 USD once"]),
    ("Corvane's $4 billion supply deal with Lisk AI is worth more than Lisk AI's $3 billion valuation after a $400 "
     "million funding round in May.",
     ["investment announced: Lisk AI investee | 4e+08 USD once"]),
    # a part of a company's own spending funded by another company: that company's investment, with the part's figure
    # (candidates.funded_part); the spending alone is no deal (a guard)
    ("Brisvale Data will spend $6 billion on the Ohio campus, $2.5 billion of which will come from an investment by "
     "Tarrow Partners.",
     ["investment announced: Tarrow Partners investor, Brisvale Data investee | 2.5e+09 USD once"]),
    ("Brisvale Data has begun its Ohio campus. Of the $6 billion cost, $2.5 billion will be funded by Tarrow Partners "
     "under an agreement with Brisvale Data.",
     ["investment announced: Tarrow Partners investor, Brisvale Data investee | 2.5e+09 USD once"]),
    ("Brisvale Data will spend $6 billion on the Ohio campus over five years.", []),
    # the revenue a deal is expected to generate, with 'a cumulative' or 'a total' before the figure, is what the deal
    # is worth (mentions.contract_revenue)
    ("Halsey Micro will begin supplying its H9 chips to Orvane AI next year. The deal is expected to generate a "
     "cumulative $40 billion in revenue for Halsey Micro over five years.",
     ["chips announced: Halsey Micro seller, Orvane AI buyer | 4e+10 USD once"]),
    # money already pledged toward a round told before, smaller than it, is part of it; its investors join the round
    # (discourse.commitments_toward)
    ("Tarvik Labs is in talks to raise a $600 million Series C. Tarvik Labs has already secured $250 million in "
     "commitments for the round, with Ostrel Ventures also said to be in talks to invest.",
     ["investment talks: Tarvik Labs investee, Ostrel Ventures investor | 6e+08 USD once"]),
    # a running total told by 'has now invested' or 'a total of' is no transaction (candidates.cumulative); the round
    # before it stays (a guard)
    ("Pemrose AI raised $400 million from Galdor Capital and Venn Partners. Galdor Capital, which led the round, has "
     "now invested more than $900 million in Pemrose AI.",
     ["investment completed: Pemrose AI investee, Galdor Capital investor, Venn Partners investor | 4e+08 USD once"]),
    ("Galdor Capital has invested a total of $900 million in Pemrose AI across three rounds.", []),
    # a deal with its figure expanded by another in the same sentence: two records (context list separate_figure,
    # candidates.further_figures); a figure the deal is brought 'to' is its new total (a guard)
    ("Quorra's $6 billion GPU supply deal with Brenmark has been expanded by $2 billion.",
     ["chips announced: Quorra buyer, Brenmark seller | 6e+09 USD once",
      "chips announced: Quorra buyer, Brenmark seller | 2e+09 USD once"]),
    ("Quorra's $6 billion GPU supply deal with Brenmark has been expanded to $8 billion.",
     ["chips announced: Quorra buyer, Brenmark seller | 6e+09 USD once"]),
    # a known product's name opening a company's name where only a company stands (mentions.product_opens_name) or
    # before one company word (mentions.product_company_word); a product's tier after it names a product (a guard)
    ("Dunmore has acquired Cobalt Fabric, a maker of optical links, for $2.2 billion.",
     ["acquisition completed: Dunmore acquirer, Cobalt Fabric target | 2.2e+09 USD once"]),
    ("Aurora Tessel raised $45 million from Pellbrook Ventures.",
     ["investment completed: Aurora Tessel investee, Pellbrook Ventures investor | 4.5e+07 USD once"]),
    ("Kelso Bank will invest $25 million in Hopper Labs.",
     ["investment announced: Kelso Bank investor, Hopper Labs investee | 2.5e+07 USD once"]),
    ("Orsk will invest $2 billion in Blackwell Ultra.", []),
    # two deals without figures, ', and' after a name that ends the first clause (mentions.and_clause_after_name); a
    # list of names before the verb is no clause (a guard)
    ("Kelvane Energy will provide 200 MW to Dorsal AI, and Marrow Power will sell 90 MW to Quint Compute.",
     ["power announced: Kelvane Energy seller, Dorsal AI buyer",
      "power announced: Marrow Power seller, Quint Compute buyer"]),
    ("Kelvane, Dorsal, and Marrow will invest in Quint Compute, the startup said.",
     ["investment announced: Kelvane investor, Dorsal investor, Marrow investor, Quint Compute investee"]),
    # a company named as an example of a kind ('a buyer such as X') is no party (roles.example_of_kind); investors
    # 'such as' A and B, with no article, are the round's (a guard)
    ("Brannock said it could sell its cloud unit to a larger buyer like Tessmer for about $2 billion.", []),
    ("Quillby raised $80 million from investors such as Harwick Capital and Orla Ventures.",
     ["investment completed: Quillby investee, Harwick Capital investor, Orla Ventures investor | 8e+07 USD once"]),
    # 'it' as the one bought is the last sentence's subject (mentions.it_bought); not where that sentence named one
    # thing 'it' may be (a guard)
    ("Varn Optics makes lasers for AI networks. Ostrel Group agreed to acquire it for $640 million.",
     ["acquisition announced: Ostrel Group acquirer, Varn Optics target | 6.4e+08 USD once"]),
    ("Varn Optics unveiled a new switch platform last month. Ostrel Group agreed to buy it for $40 million.", []),
    # 'it said <a name> had signed ...': 'it' is the last subject, the speaker, the deal's other side
    # (mentions.it_said_name); 'it said it ...' stays the speaker's own deal (a guard)
    ("Tolland Cloud operates data centres in Iceland. Last week it said Merrow Labs had signed a $90 million "
     "agreement to rent its GPUs.",
     ["compute announced: Merrow Labs buyer, Tolland Cloud seller | 9e+07 USD once"]),
    ("Tolland Cloud operates data centres in Iceland. Last week it said it had signed a $90 million agreement to "
     "rent GPUs to Merrow Labs.",
     ["compute announced: Tolland Cloud seller, Merrow Labs buyer | 9e+07 USD once"]),
    # 'the two companies' after a sentence with one name found and one more no list knows: that sentence is parsed
    # for it (mentions.pair_antecedent_parse), and a member named again inside the deal leaves the pair standing
    # (mentions.pair_named_after)
    ("Sorrel Power and Tarnwell Data have held talks since spring. The two companies are now close to an agreement "
     "under which Sorrel Power would supply 300 MW.",
     ["power talks: Sorrel Power seller, Tarnwell Data buyer"]),
    # a sentence opening on the price of what was just told gives that deal its figure (discourse.price_told)
    ("Corvane Group will buy Lisle Photonics, it said on Monday. The price tag: $410 million in cash.",
     ["acquisition announced: Corvane Group acquirer, Lisle Photonics target | 4.1e+08 USD once"]),
    # a trade's object between its verb and its other side keeps that side a party, the goods unnamed by any cue
    # (roles.trade_object_oblique); optical switches are hardware (cues.yaml chips)
    ("Wendle Grid agreed to sell $90 million of cooling units to Parrish Compute.",
     ["partnership announced: Wendle Grid partner, Parrish Compute partner | 9e+07 USD once"]),
    ("Linwood Systems agreed to invest $250 million in Corvo Networks, and Corvo will buy $400 million of Linwood's "
     "optical switches over three years.",
     ["investment announced: Linwood investor, Corvo investee | 2.5e+08 USD once",
      "chips announced: Corvo buyer, Linwood seller | 4e+08 USD once"]),
    # a financing package opening the sentence: the company it is for takes the money (mentions.package_for)
    ("A $600 million debt facility for Kelsey Grid was provided by Arrow Bank and Tolson Credit.",
     ["investment announced: Kelsey Grid investee, Tolson Credit investor, Arrow Bank investor | 6e+08 USD once"]),
    # 'construct' a site for a company, as 'build' (triggers.jsonl): the builder provides it
    ("Dorran Estates will construct a 90 MW data centre in Ohio for Pelling AI under a 12-year lease.",
     ["datacenter announced: Dorran Estates seller, Pelling AI buyer"]),
    # a name of an English word and a company word of devices ('Microsystems', 'Photonics'; cues.yaml org_suffixes)
    # is one company with its short form, also under a headline that clips it (mentions.short_form_inside)
    ("Tamsin Group agreed to buy Anchor Photonics for $500 million. The purchase gives Tamsin Group control of Anchor "
     "and its laser patents.",
     ["acquisition announced: Tamsin Group acquirer, Anchor target | 5e+08 USD once"]),
    # a person's deal noun in the possessive: no organisation before it buys (roles.person_owned_deal); a company's
    # possessive still does (a guard)
    ("Harwick Media cut its debt with money from Dr. Alan Brisco's acquisition of the Selby Gazette for $300 million.",
     []),
    ("Harwick Media said Tamsin Holdings' $300 million purchase of the Selby Gazette closed in June.",
     ["acquisition completed: Tamsin Holdings acquirer, Selby Gazette target | 3e+08 USD once"]),
    # a programme of money given, named like a company ('Seedling Grants'; slots.yaml not_org_heads), is no party
    ("Funding for Seedling Grants comes from Orrin Ventures, which has committed $20 million to the programme.", []),
    # (a name of that one word alone may be a company's: a guard)
    ("Grant has agreed to pay Ostrel Cloud about $400 million for GPU capacity.",
     ["compute announced: Grant buyer, Ostrel Cloud seller | 4e+08 USD once"]),
    # a participle of providing opening the next sentence, its subject after the copula: the seller of the trade the
    # sentence before left one-sided (discourse.inverted_provider)
    ("Garrow Labs agreed to pay $700 million for three years of GPU capacity. Supplying the capacity is Fenmore Cloud, "
     "which runs sites in Iceland.",
     ["compute announced: Garrow Labs buyer, Fenmore Cloud seller | 7e+08 USD once"]),
    # a role noun after 'that' names the untold side (discourse.role_noun_that)
    ("Velby Power will build a 600 MW solar farm in Nevada to supply power to one large customer. That customer is "
     "Quarrow AI, which signed a 25-year contract for the output.",
     ["power announced: Velby Power seller, Quarrow AI buyer"]),
    # the forms of one price ('in cash and ... in stock': context lists not_separate, not_separate_after) make one
    # record with the first figure; a deal's enterprise value is its price (mentions.priced_at_value)
    ("Harnett Group agreed to buy Soller Labs for $700 million in cash and $250 million in stock.",
     ["acquisition announced: Harnett Group acquirer, Soller Labs target | 7e+08 USD once"]),
    ("Harnett Group will acquire Soller Labs in a transaction with an enterprise value of $1.9 billion, including "
     "$300 million of debt.",
     ["acquisition announced: Harnett Group acquirer, Soller Labs target | 1.9e+09 USD once"]),
    # a stake money is paid for, its company unnamed, is the last subject's (mentions.stake_paid_for)
    ("The agreement values Pendle Robotics at $3 billion. Corran Capital will invest $240 million for an 8% stake.",
     ["investment announced: Corran Capital investor, Pendle Robotics investee | 2.4e+08 USD once"]),
    # a noun of buying told 'about' after the name approached: that name is bought (type.takeover_about); a possible
    # takeover is talks (cues.yaml status talks)
    ("Brennan Group has approached Lytton Systems about a potential acquisition worth about $1.5 billion.",
     ["acquisition talks: Brennan Group acquirer, Lytton Systems target | 1.5e+09 USD once"]),
    # a deal with no figure told at a time before the story's, relative to it, is history (candidates.relative_past);
    # with a figure it is a deal (guideline 3; a guard)
    ("Two months earlier, Fallon Cloud had signed a GPU supply agreement with Dressler Chips.", []),
    ("Two months earlier, Fallon Cloud had signed a $400 million GPU supply agreement with Dressler Chips.",
     ["chips announced: Fallon Cloud buyer, Dressler Chips seller | 4e+08 USD once"]),
    # a name before a site noun that a verb of supplying takes is the site's owner, a party, of no kind the site gives
    # (mentions.site_owner_compound, mentions.site_owner_kind); a body that votes to approve is none
    # (candidates.voted_to_approve)
    ("Dalmont Energy will supply 300 MW to a new, $4 billion Tornhelm data center in Ohio.",
     ["power announced: Dalmont Energy seller, Tornhelm buyer"]),
    ("The Harlow Commission voted 5-0 to approve new gas plants to supply 900 MW to Brisquel.", []),
    # a name the recogniser calls a person, before goods a verb trades, is their maker (mentions.maker_not_person)
    ("Corlan Holdings agreed to buy 500 MW of Hollis Brandt fuel cells for its campuses.",
     ["power announced: Corlan Holdings buyer, Hollis Brandt seller"]),
    # a body the subject acts through, or one after 'state-run', is no person (mentions.owned_body_not_person)
    ("Through its newly established Margot Hensley, the government is injecting $90 million into Pelloran Labs.",
     ["investment announced: Margot Hensley investor, Pelloran Labs investee | 9e+07 USD once"]),
    # a unit named with 'Division' is its owner's business, no party of its own (slots.yaml not_org_heads)
    ("Harrow Group agreed to acquire Tenmoor's Strategic Computing Division for $300 million.",
     ["acquisition announced: Harrow Group acquirer, Tenmoor target | 3e+08 USD once"]),
    # a brand the gazetteer reads as another company's, right after a different company's name, is that company's
    # brand (mentions.owned_brand)
    ("Quellan Labs will spend $8 billion over five years on Dorvik Holdings' Azure cloud.",
     ["compute announced: Quellan Labs buyer, Dorvik Holdings seller | 8e+09 USD once"]),
    # a passive trade: the 'to' takes, the 'by' provides (roles.passive_to_by); the one given access takes it
    # (roles.given_access), whatever kind of company each name looks like
    ("The campus was leased by Tarrow Properties to Halden Cloud under a 15-year agreement worth $2.4 billion.",
     ["datacenter announced: Tarrow Properties seller, Halden Cloud buyer | 2.4e+09 USD once"]),
    ("Capacity worth $600 million will be provided to Halden Cloud by Korvane Systems over three years.",
     ["compute announced: Korvane Systems seller, Halden Cloud buyer | 6e+08 USD once"]),
    ("Halden Cloud will be given access to 20,000 GPUs by Korvane Systems under a $600 million contract.",
     ["compute announced: Korvane Systems seller, Halden Cloud buyer | 6e+08 USD once"]),
    ("The contract grants Halden Cloud access to Korvane Systems' GPU fleet for three years at a cost of $600 "
     "million.", ["compute announced: Korvane Systems seller, Halden Cloud buyer | 6e+08 USD once"]),
    ("Korvane Systems will give Halden Cloud access to 20,000 GPUs under a $600 million contract.",
     ["compute announced: Korvane Systems seller, Halden Cloud buyer | 6e+08 USD once"]),
    # talks told as going on are talks, whoever reports them (cues.yaml status_cues talks)
    ("Talks are under way for Korvane Systems to sell Halden Cloud up to 1 GW of power, people familiar with the "
     "matter said.", ["power talks: Korvane Systems seller, Halden Cloud buyer"]),
    # a further figure whose other side is named right after its noun (candidates.further_named_after)
    ("Halden Semiconductor won a contract to supply memory chips to Korvane Systems worth $650 million, and a separate "
     "$200 million order from Tarrow Cloud.", ["chips announced: Halden Semiconductor seller, Korvane Systems buyer | "
                                                "6.5e+08 USD once", "chips announced: Halden Semiconductor seller, "
                                                "Tarrow Cloud buyer | 2e+08 USD once"]),
    ("Korvane Systems signed a $2 billion GPU lease with Halden Cloud in 2024 and a $900 million one with Tarrow "
     "Cloud in 2025.", ["compute announced: Korvane Systems buyer, Halden Cloud seller | 2e+09 USD once",
                        "compute announced: Korvane Systems buyer, Tarrow Cloud seller | 9e+08 USD once"]),
    # a company that found a buyer, then the buyer's payment told alone (discourse.customer_won)
    ("Halden Data has found a buyer for its Virginia campus. Tarrow Infrastructure will pay $1.1 billion for the "
     "site, the companies said.",
     ["datacenter announced: Tarrow Infrastructure buyer, Halden Data seller | 1.1e+09 USD once"]),
    # a camel-case first word before a company word is a name (mentions.camel_case_suffix)
    ("Korvane Systems will buy 150 MW of power from dGrid Energy under a 10-year agreement.",
     ["power announced: Korvane Systems buyer, dGrid Energy seller"]),
    # a company's own spending sizes no deal told after it (discourse.told_spending); a counterparty described does
    ("Korvane Systems will invest $3 billion to build data centres, and has signed a power deal with Tarrow Energy "
     "for 300 MW.", ["power announced: Korvane Systems buyer, Tarrow Energy seller"]),
    ("Korvane Systems will spend about $3 billion on new campuses this year. It also signed a power deal with Tarrow "
     "Energy for 300 MW.", ["power announced: Korvane Systems buyer, Tarrow Energy seller"]),
    # whom a company issues its notes to invests (roles.issued_to); a relative clause in the middle of the list of
    # backers is no clause of its own (mentions.relative_list_tail)
    ("Korvane Systems issued $250 million of convertible notes to Tarrow Capital.",
     ["investment announced: Korvane Systems investee, Tarrow Capital investor | 2.5e+08 USD once"]),
    ("Korvane Systems has received backing from Tarrow Capital, which invested $20 million, and from Halden Ventures.",
     ["investment completed: Korvane Systems investee, Tarrow Capital investor | 2e+07 USD once"]),
    # a loan for one site is the site's financing (type.loan_for_site), told with the borrower between or by the
    # verb 'finance' (a trigger after a modal); the banks a group noun names after 'led by' are that group
    # (roles.group_members)
    ("Tarrow Bank provided a $900 million loan to Korvane Data for its Ohio campus.",
     ["datacenter announced: Tarrow Bank seller, Korvane Data buyer | 9e+08 USD once"]),
    ("Tarrow Bank will finance Korvane Data's 200 MW campus in Ohio with a $900 million loan.",
     ["datacenter announced: Tarrow Bank seller, Korvane Data buyer | 9e+08 USD once"]),
    ("A group of banks led by Tarrow Bank and Halden Bank provided a $900 million loan to Korvane Data for its Ohio "
     "campus.", ["datacenter announced: Tarrow Bank seller, Halden Bank seller, Korvane Data buyer | 9e+08 USD once"]),
    ("Tarrow Bank provided a $900 million loan to Korvane Data for general corporate purposes.",
     ["investment announced: Tarrow Bank investor, Korvane Data investee | 9e+08 USD once"]),
    # a deal noun dated by a year before it, with no figure, is background (candidates.year_noun_past); with one, a deal
    ("The deal is the largest for Korvane Systems since its 2021 takeover of Tarrow Data.", []),
    ("Its 2021 purchase of Tarrow Data for $90 million gave Korvane Systems its first chip team.",
     ["acquisition announced: Korvane Systems acquirer, Tarrow Data target | 9e+07 USD once"]),
    # a clause of 'since' with a name as subject and a deal with a figure is a deal of its own
    # (mentions.since_clause_deal)
    ("Korvane Systems has been racing to secure power since rival Halden Labs signed a $10 billion energy deal with "
     "Tarrow Power in June.", ["power announced: Halden Labs buyer, Tarrow Power seller | 1e+10 USD once"]),
    ("Korvane Systems has been racing to secure power since Halden Labs signed a $10 billion energy deal with Tarrow "
     "Power in June.", ["power announced: Halden Labs buyer, Tarrow Power seller | 1e+10 USD once"]),
    # the backers of an earlier round join no deal of the story's own time (discourse.earlier_raise_adds_none)
    ("Korvane Systems agreed to buy a 20% stake in Halden Cloud for $500 million. Halden raised money from Tarrow "
     "Capital two years ago.", ["investment announced: Korvane Systems investor, Halden investee | 5e+08 USD once"]),
    # a grant or subsidy 'to' a company is money put in by the one who gives it, approved or not (a 'grant to'
    # trigger; lending_nouns); a name ending in a company word is no person (mentions.company_word_not_person)
    ("The Commerce Department said it had finalized a $4.7 billion grant to Korvane Semiconductor for two plants.",
     ["investment completed: Commerce Department investor, Korvane Semiconductor investee | 4.7e+09 USD once"]),
    ("The Tarrow government approved a EUR900 million subsidy to Halden Chips for a plant in Dresden.",
     ["investment announced: Tarrow government investor, Halden Chips investee | 9e+08 EUR once"]),
    ("Regulators cleared Tonberry Chips' $2 billion acquisition of Korvane Systems on Monday.",
     ["acquisition announced: Tonberry Chips acquirer, Korvane Systems target | 2e+09 USD once"]),
    # money received with its period between the figure and 'from' (a 'receive' trigger of triggers.jsonl)
    ("Tarrow Cloud will receive $250 million each quarter from Korvane Labs for computing capacity.",
     ["compute announced: Tarrow Cloud seller, Korvane Labs buyer | 2.5e+08 USD quarter"]),
    # 'in the startup alongside X': a co-investor cue between 'in' and a name ends what the money goes into
    # (roles.INVEST_IN_BEFORE); X invests too
    ("Korvane Systems doubled down on Halden Labs, leading a $150 million round in the chip startup alongside Tarrow "
     "Capital.", ["investment announced: Korvane Systems investor, Halden Labs investee, Tarrow Capital investor | "
                  "1.5e+08 USD once"]),
    # a company taken over, told in the past, is a completed deal (status_cues completed: 'snapped up', 'bought out')
    ("Korvane Systems snapped up Halden Networks for $320 million in cash.",
     ["acquisition completed: Korvane Systems acquirer, Halden Networks target | 3.2e+08 USD once"]),
    # two raises, the second subject a rival named by its title: two clauses, each with its own investors
    # (mentions.and_clause_deal_verb)
    ("Korvane Labs raised $90 million led by Tarrow Ventures, and rival Halden AI secured $45 million from Orsk "
     "Capital.", ["investment completed: Korvane Labs investee, Tarrow Ventures investor | 9e+07 USD once",
                  "investment completed: Halden AI investee, Orsk Capital investor | 4.5e+07 USD once"]),
    # whose spokesperson speaks is an organisation (mentions.spokesperson_of)
    ("A spokesperson for Tarvik said it had agreed to invest $2 billion in Dunmore.",
     ["investment announced: Tarvik investor, Dunmore investee | 2e+09 USD once"]),
    # names ranked against ('ahead of X and Y', 'trailing X') are rivals merely mentioned (context list rival_cues)
    ("Korvane Labs is leading the race to build AI chips, ahead of Halden Systems, with $900 million in annual "
     "sales.", []),
    # the verbs of putting money in are all verbs of investing: the company after 'into' is funded, whatever the
    # recogniser calls it, and the past tense tells it done (slots.yaml investment_heads, cues.yaml completed)
    ("Halvern Ventures ploughed $40 million into Qelvar last month.",
     ["investment completed: Halvern Ventures investor, Qelvar investee | 4e+07 USD once"]),
    ("Ostrander Partners funnelled another $25 million into Qelvar in March.",
     ["investment completed: Ostrander Partners investor, Qelvar investee | 2.5e+07 USD once"]),
    # a cheque of a stated sum written 'for' a company funds it (mentions.cheque_for), as one written 'to' it
    ("Brandvik Ventures cut a $30 million cheque for Qelvar, the startup said on Monday.",
     ["investment announced: Brandvik Ventures investor, Qelvar investee | 3e+07 USD once"]),
    # money taken from an organisation is raised ('pocketed'); from customers, fees or a sale it is earned
    # (type.revenue_source), and only the first 'from' of the clause says where it comes from
    ("Qelvar pocketed $75 million from Ostrander Partners in a round that values it at $1 billion.",
     ["investment completed: Qelvar investee, Ostrander Partners investor | 7.5e+07 USD once"]),
    ("Qelvar received $75 million from customers in the quarter.", []),
    ("Qelvar raised $75 million from Ostrander Partners, whose fees from customers rose.",
     ["investment completed: Qelvar investee, Ostrander Partners investor | 7.5e+07 USD once"]),
    # debt paid back ends a deal, makes none (type.repaid_debt), but not past its own clause
    ("Qelvar has paid back the $700 million loan it took from Brandvik Bank in 2022.", []),
    # (sold, told in the past, is completed: cues.yaml status completed "sold a")
    ("Qelvar paid off its debts and then sold a 10% stake to Brandvik Capital for $300 million.",
     ["investment completed: Qelvar investee, Brandvik Capital investor | 3e+08 USD once"]),
    # an earlier deal told by its noun after 'after' or 'following' in the sentence that compares the deal just told
    # (discourse.earlier_deal_noun_after): the same kind, the compared party in the same role; not one that fell apart
    ("Orsk AI will buy 20,000 accelerators from Tamsin Chips for $900 million. The order is Tamsin's largest, "
     "following a $400 million order from Halvex Labs in January.",
     ["chips announced: Orsk AI buyer, Tamsin seller | 9e+08 USD once",
      "chips announced: Tamsin seller, Halvex Labs buyer | 4e+08 USD once"]),
    ("Orsk AI will buy 20,000 accelerators from Tamsin Chips for $900 million. It is the biggest order for Tamsin, "
     "after a $400 million deal with Halvex Labs fell apart in May.",
     ["chips announced: Orsk AI buyer, Tamsin seller | 9e+08 USD once"]),
    # an opening participle of backing: with a figure after 'by' money put in, the subject after the comma funded
    # (type.backed_with_figure, roles.opener_passive); with names only, the subject's backers, no parties
    # (roles.backers_opening)
    ("Backed by $300 million from Kestrimo, Dalvoren plans to build three data centres.",
     ["investment announced: Dalvoren investee, Kestrimo investor | 3e+08 USD once"]),
    ("Backed by Cresthaven Capital and Maribel Ventures, Telmora agreed to pay Quorvane Cloud $1 billion for GPU "
     "capacity.", ["compute announced: Telmora buyer, Quorvane Cloud seller | 1e+09 USD once"]),
    # a stake as the object of a trade verb is part of the seller, whatever its kind (type.stake_object); one that is
    # control of the company is bought whole (type.control_stake_sold)
    ("Cloud firm Wiskor has agreed to sell a 20% stake to Brimvale for $300 million.",
     ["investment announced: Wiskor investee, Brimvale investor | 3e+08 USD once"]),
    ("Polish cloud firm Wiskor has agreed to sell a majority stake to Danube Infrastructure Partners, in a deal "
     "valuing the company at 2 billion zlotys.",
     ["acquisition announced: Wiskor target, Danube Infrastructure Partners acquirer"]),
    ("Brimvale will buy a controlling stake from Wiskor for $1 billion.",
     ["acquisition announced: Brimvale acquirer, Wiskor target | 1e+09 USD once"]),
    # what money put into a company is for, an infinitive after the company, types nothing (type.invest_purpose)
    ("Hosvik Corp will invest 300 billion won in Pyeongri Semiconductor to secure a stable supply of HBM chips, the "
     "companies said.", ["investment announced: Hosvik investor, Pyeongri Semiconductor investee | 3e+11 KRW once"]),
    # a site named through the work of making it: the debt finances the site (type.loan_for_site), its owner takes it
    # (mentions.site_work_of)
    ("Orsini Data Centers has secured a $2.4 billion green loan from a syndicate of 12 banks to finance the "
     "construction of its Phoenix campus.", ["datacenter completed: Orsini Data Centers buyer | 2.4e+09 USD once"]),
    ("Orvane Power will supply 300 MW of electricity for the expansion of Tessaly's Ohio campus.",
     ["power announced: Orvane Power seller, Tessaly buyer"]),
    # a site or business sold off: 'offload its data centre to X' sells it (a trigger of its own; 'has divested' is
    # done); the owner of the business a sale noun names is the target, whoever the subjects are (roles.sale_of_owner)
    ("Qelvar struck a deal to offload its Texas data centre to Brandvik for $700 million.",
     ["datacenter announced: Qelvar seller, Brandvik buyer | 7e+08 USD once"]),
    ("Qelvar has divested its Frankfurt campus to Brandvik Capital for 400 million euros.",
     ["datacenter completed: Qelvar seller, Brandvik Capital buyer | 4e+08 EUR once"]),
    ("Qelvar will offload AI workloads to Brandvik's cloud under a $700 million contract.",
     ["compute announced: Qelvar buyer, Brandvik seller | 7e+08 USD once"]),
    ("Qelvar and Brandvik agreed on the $900 million sale of Qelvar's chip unit to Brandvik.",
     ["acquisition announced: Qelvar target, Brandvik acquirer | 9e+08 USD once"]),
    # a sentence that opens on 'Its' and a deal noun tells the last subject's deal (mentions.its_deal), a name no list
    # knows found by the parse of the sentence before
    ("Marsden Holdings owns data centres in five countries. Its latest deal, announced Friday, is a $700 million "
     "acquisition of Pellix.", ["acquisition announced: Marsden Holdings acquirer, Pellix target | 7e+08 USD once"]),
    ("Velmaro builds GPU clusters in Norway. Its $300 million order for Quillon servers was placed in May.",
     ["chips announced: Velmaro buyer, Quillon seller | 3e+08 USD once"]),
    # goods named in their owner's possessive that another makes are bought by the owner (discourse.owner_goods_made)
    ("Tessmor's new chip, the Aurora X2, will be made by Quillon Foundry under a $3 billion wafer supply agreement.",
     ["chips announced: Tessmor buyer, Quillon Foundry seller | 3e+09 USD once"]),
    # a figure in the apposition after a name sizes the name (mentions.sized_apposition); a fund's manager describes
    # it (description_links 'managed by')
    ("The Meridian Fund, a $5 billion vehicle managed by Ostrander Partners, invested $40 million in Korvane last "
     "week.",
     ["investment completed: Meridian Fund investor, Korvane investee | 4e+07 USD once"]),
    # 'the company' after the trigger is the one whose parent acts, named in the possessive
    # (mentions.relation_owner_object); a name that describes another pairs with no figure (candidates.
    # describer_not_paired)
    ("Velmaro's parent, Kestova Group, said it would invest a further 300 million euros in the company.",
     ["investment announced: Kestova Group investor, Velmaro investee | 3e+08 EUR once"]),
    ("Pendrix, the AI lab spun out of Harlan University, signed a $2 billion compute deal with Sarvel Cloud and "
     "another worth $500 million with Quorin.",
     ["compute announced: Pendrix buyer, Sarvel Cloud seller | 2e+09 USD once",
      "compute announced: Pendrix buyer, Quorin seller | 5e+08 USD once"]),
    # a bid 'for X that could value' it: the company's value sizes the bid told, no figure of a deal, and the bid stays
    # (candidates.deal_valuing)
    ("Pendrix is weighing a bid for Quorin that could value the chip designer at about $4 billion, Bloomberg News "
     "reported.", ["acquisition talks: Pendrix acquirer, Quorin target"]),
    # machines colocated at another's site take space there (strong cue 'colocate'); a customer 'secured' as tenant is a
    # contract signed (type.customer_won_signed)
    ("Pendrix will colocate 20,000 GPUs at Brisca's Paris facility under a three-year, 600 million euro agreement.",
     ["datacenter announced: Pendrix buyer, Brisca seller | 6e+08 EUR once"]),
    # a round 'anchored' is led (the investing trigger's verbs); a site anchored as tenant stays a lease
    ("Ostrander Partners anchored Brisca's $90 million Series B.",
     ["investment announced: Ostrander Partners investor, Brisca investee | 9e+07 USD once"]),
    ("Ostrel anchored the Ohio campus as its first tenant in a $2 billion lease with Harlan Data.",
     ["datacenter announced: Ostrel buyer, Harlan Data seller | 2e+09 USD once"]),
    # a site's debt agreed 'with' a group of lenders to build the site: the lenders sell, the developer buys, whatever
    # the building verb after it (type.loan_for_site, type.loan_for_site_frame, roles.site_lender_named)
    ("Velmaro Data has agreed a $700 million debt package with Marsden Bank and Orlo Credit to build its campus in "
     "Ohio.", ["datacenter announced: Marsden Bank seller, Orlo Credit seller, Velmaro Data buyer | 7e+08 USD once"]),
    # a running total told with a decimal figure is no deal either (candidates.cumulative reads past '1.6')
    ("Velkor Compute has raised $1.6 billion in funding to date, according to PitchBook data.", []),
    # 'it' after an opener of time ending in 'later' or 'earlier', and 'it disclosed / revealed a ...' (it_act_verbs):
    # the last subject acts again
    ("Brisca Cloud signed a $2 billion contract with Pendrix AI in March. Two days later, it disclosed a separate "
     "multiyear deal with Orlo Labs.", ["compute announced: Pendrix AI buyer, Brisca Cloud seller | 2e+09 USD once",
                                         "compute announced: Orlo Labs buyer, Brisca Cloud seller"]),
    ("Brisca Cloud signed a $2 billion contract with Pendrix AI in March. A week later, it revealed a $500 million "
     "order from Orlo Labs.", ["compute announced: Pendrix AI buyer, Brisca Cloud seller | 2e+09 USD once",
                              "compute announced: Brisca Cloud seller, Orlo Labs buyer | 5e+08 USD once"]),
    # 'A and investment firm B are both ...': joint subjects, the second described in lower case
    # (roles.joint_descriptor)
    ("Halvex Data and investment firm Marrow Capital are both contributing cash to the financing of the new campus.",
     []),
    # 'a Kestle-led round': the name before '-led' invests (roles.led_compound); '-backed' on a company noun tells
    # no investor of the round
    ("Palvex Labs said on Monday that it needs more computing power. The Austin-based startup raised $40 billion in a "
     "Kestle-led round in April.", ["investment completed: Palvex Labs investee, Kestle investor | 4e+10 USD once"]),
    ("Palvex Labs, a Kestle-backed startup, raised $40 million in April.",
     ["investment completed: Palvex Labs investee | 4e+07 USD once"]),
    # backers described in the present perfect ('has received backing from A, B and C, among others': cues.yaml
    # relationship) join no round told before, and a running total sizes nothing after it (discourse.total_told_none)
    ("Quorin Data has secured $11.6 billion in new debt and equity commitments for a campus it is building for Pellix "
     "AI in Ohio. Quorin Data has raised $1.6 billion in funding to date, according to PitchBook data. The startup has "
     "received backing from venture firms Halvex Partners, Orlo Ventures and Marrow Capital, among others.",
     ["investment completed: Quorin Data investee | 1.16e+10 USD once"]),
    # 'a joint venture created by A, B, C and D': the venture's makers after 'by' are all partners (roles.formed_by);
    # a company 'founded by' a name is no partnership of theirs
    ("The Tarrow Project is a $500 billion joint venture created by Pellix AI, Kestle Group, Orvane and Brisca Capital "
     "to build AI infrastructure.", ["partnership announced: Pellix AI partner, Kestle Group partner, Orvane partner, "
                                    "Brisca Capital partner | 5e+11 USD once"]),
    ("Velkor Labs, a startup founded by Orvane Capital in 2021, signed a $300 million deal with Tessaly Cloud for GPU "
     "capacity.", ["compute announced: Velkor Labs buyer, Tessaly Cloud seller | 3e+08 USD once"]),
    # one agreement 'with developers A and B': both buy, where the kinds give the sides (roles.joint_counterparts)
    ("In early 2025, Halden's Kentucky subsidiary, Marsh Gas and Electric Company, entered into a power supply "
     "agreement with developers Brisca Data Centers and Orlo Companies.",
     ["power announced: Brisca Data Centers buyer, Orlo Companies buyer, Marsh Gas and Electric seller"]),
    # a noun of supplying with a figure in watts trades electricity, wherever the watts go (type.watts_supplied)
    ("Corvel Energy finalised an exclusive agreement with Tessaly to restart one unit of the Brant Hill nuclear plant, "
     "enabling the supply of 835 MW for the tech major's data centres.",
     ["power completed: Tessaly buyer, Corvel Energy seller"]),
    # an unknown name opening the sentence that the parser made the root, its verb a clause on it: the verb's subject
    # (mentions.root_read_as_relative); partners working together 'on' a site: a partnership (type.joint_on_site)
    ("Tessaly partnered with Marrow Industries to build a 168-megawatt data center in Jamnagar.",
     ["partnership announced: Tessaly partner, Marrow Industries partner"]),
    ("Tessaly will collaborate with Marrow Industries on a 168-megawatt AI-enabled data center in Jamnagar.",
     ["partnership announced: Tessaly partner, Marrow Industries partner"]),
    ("Tessaly signed a 15-year lease with Marrow Industries for a 168-megawatt data center in Jamnagar.",
     ["datacenter announced: Tessaly buyer, Marrow Industries seller"]),
    # 'X is the bank on the deal': a bank working on the deal is no party (roles.adviser); 'wants to participate in the
    # round': an investor of the round told, still to come (discourse.lead_to_come)
    ("Tessaly is preparing to close a funding round worth nearly $700 million. Kestle wants to participate in the "
     "round while Brisca Sachs is the bank on the deal.",
     ["investment announced: Tessaly investee, Kestle investor | 7e+08 USD once"]),
    # 'backed by a $15 billion AI fund': the fund behind a company, no deal's amount (mentions.backing_fund_size)
    ("Tarrow Global, backed by a $15 billion AI fund, led a $1.5 billion financing round for Velkor, a data-center "
     "operator.", ["investment announced: Tarrow Global investor, Velkor investee | 1.5e+09 USD once"]),
    # 'an MOU' is a document, no party (slots.yaml not_org_heads), and an MOU with a list of partners 'to develop'
    # campuses is a partnership (type.joint_aim reads past the list's commas)
    ("On January 16, Quorin E&C signed an MOU with Jeollanam-do, two counties, Kestel Telecom and other partners to "
     "develop AI data center campuses with a combined power capacity of 500 MW.",
     ["partnership announced: Quorin E&C partner, Kestel Telecom partner"]),
    # "X's sovereign wealth fund Y": the fund named after its owner is the party, not the owner (roles.unit_owner)
    ("Velmora's sovereign wealth fund Tessaly has signed a $25 billion deal with the private equity firm Brisca "
     "Capital Partners to invest in power generation and other AI projects.",
     ["partnership announced: Tessaly partner, Brisca Capital Partners partner | 2.5e+10 USD once"]),
    # 'the $2 billion startup X': the company's size, no amount; the deal stands (mentions.sized_company,
    # candidates.sized_party); a price paid for the startup keeps its figure
    ("Pellix AI will acquire the $2 billion startup Orvane Labs.",
     ["acquisition announced: Pellix AI acquirer, Orvane Labs target"]),
    ("Pellix AI paid $2 billion for the startup Orvane Labs.",
     ["acquisition announced: Pellix AI acquirer, Orvane Labs target | 2e+09 USD once"]),
    # a site's debt secured by its developer, the lender unnamed and the debt's trigger broken by a conversion in
    # brackets: the developer's deal alone (candidates.site_debt_secured)
    ("Marrowind has secured a landmark S$2.25 billion (US$1.75bn) green loan to fund the development of its new "
     "hyperscale data center in Singapore.", ["datacenter completed: Marrowind buyer | 2.25e+09 SGD once"]),
    # the owner of a business money is put 'in' is the company invested in, whatever its name's entity label
    # (mentions.business_owner_in)
    ("Alternative investment firm Quorin is investing a further $570m in Pellix Tower's US data centre business.",
     ["investment announced: Quorin investor, Pellix Tower investee | 5.7e+08 USD once"]),
    # money the subject of a passive verb of paying: the agent after 'by' pays, the one it goes to is paid
    # (roles.money_paid_by)
    ("Under the deal, $300 million will be paid by Vantorin to Qelvo Cloud for GPU capacity over three years.",
     ["compute announced: Vantorin buyer, Qelvo Cloud seller | 3e+08 USD once"]),
    ("The $300 million paid by Vantorin for Qelvo Cloud's GPU capacity will be spread over three years.",
     ["compute announced: Vantorin buyer, Qelvo Cloud seller | 3e+08 USD once"]),
    ("The deal consists of a $410 million licensing fee paid by Vantorin for Qelvo Labs' models.",
     ["partnership announced: Vantorin partner, Qelvo Labs partner | 4.1e+08 USD once"]),
    ("A $410 million licensing fee paid by Vantorin to Qelvo Labs covers its models.",
     ["partnership announced: Vantorin partner, Qelvo Labs partner | 4.1e+08 USD once"]),
    # (the payee the subject: it is paid, the agent pays; roles.passive_paid)
    ("Qelvo Cloud will be paid $300 million by Vantorin for GPU capacity over three years.",
     ["compute announced: Qelvo Cloud seller, Vantorin buyer | 3e+08 USD once"]),
    # an investor's share told as part 'of' the round of a company named in two words or of 'a' round
    # (discourse.share_of_round): the round, and the share a record of its own (guideline 2)
    ("Dravmoor will put in up to €1.3 billion of Quilane AI's €1.7 billion round.",
     ["investment announced: Quilane AI investee, Dravmoor investor | 1.7e+09 EUR once",
      "investment announced: Dravmoor investor, Quilane AI investee | 1.3e+09 EUR once"]),
    ("Dravmoor led Quilane AI's latest investment round by putting in €1.3 billion of a €1.7 billion raise.",
     ["investment announced: Quilane AI investee, Dravmoor investor | 1.7e+09 EUR once",
      "investment announced: Dravmoor investor, Quilane AI investee | 1.3e+09 EUR once"]),
    # the lead's share told by a participle after the round's figure (candidates.share_participle)
    ("Dravmoor, the Dutch equipment giant, is leading a €1.7 billion funding round in Paris-based Quilane AI, "
     "putting up €1.3 billion to acquire roughly an 11% stake.",
     ["investment announced: Dravmoor investor, Quilane AI investee | 1.7e+09 EUR once",
      "investment announced: Dravmoor investor, Quilane AI investee | 1.3e+09 EUR once"]),
    ("Dravmoor is leading a €1.7 billion funding round in Quilane AI, contributing €1.3 billion.",
     ["investment announced: Dravmoor investor, Quilane AI investee | 1.7e+09 EUR once",
      "investment announced: Dravmoor investor, Quilane AI investee | 1.3e+09 EUR once"]),
    # ('putting up', a verb of putting money in, after 'with' and a co-investor: its share; discourse.share_named)
    ("Quilane AI raised €1.7 billion in a round led by Dravmoor, with Pellix putting up €300 million.",
     ["investment completed: Quilane AI investee, Dravmoor investor, Pellix investor | 1.7e+09 EUR once",
      "investment completed: Pellix investor, Quilane AI investee | 3e+08 EUR once"]),
    # (a raise's participle of its own result is no share)
    ("Quilane AI raised €1.7 billion in a funding round, bringing its total funding to €3 billion.",
     ["investment completed: Quilane AI investee | 1.7e+09 EUR once"]),
    # investors with no name that took part, then the names after 'including' (discourse.took_part_including), and
    # existing investors that join the round named after the verb (candidates.existing_join)
    ("Quilane AI raised €1.7 billion in a Series C round led by Dravmoor. Several other investors also took part, "
     "including Pellix and Morsk Capital.",
     ["investment completed: Quilane AI investee, Dravmoor investor, Pellix investor, Morsk Capital investor | "
      "1.7e+09 EUR once"]),
    ("Quilane AI raised €1.7 billion in a Series C round. Several existing investors also participated in the "
     "funding round along with Dravmoor, including Pellix, Morsk Capital and Tarvane Ventures.",
     ["investment completed: Dravmoor investor, Pellix investor, Morsk Capital investor, Tarvane Ventures investor, "
      "Quilane AI investee | 1.7e+09 EUR once"]),
    ("Quilane AI raised €1.7 billion in a Series C round led by Dravmoor. Pellix is an existing investor in the "
     "company.", ["investment completed: Quilane AI investee, Dravmoor investor | 1.7e+09 EUR once"]),
    # warrants granted under an agreement no verb gives a direction to: the receiver buys
    # (discourse.warrant_receiver_buys)
    ("As part of the agreement, Halvane issued Quorin a warrant for up to 160 million shares of Halvane common "
     "stock, vesting as Quorin deploys the chips.",
     ["chips announced: Halvane seller, Quorin buyer", "investment announced: Quorin investor, Halvane investee"]),
    # an option to take a stake is read as warrants are (discourse.share_options): the one that gets it invests
    ("Under the deal, Quorin gets the option to take a stake of up to 10% in Halvane through warrants tied to chip "
     "purchases.", ["investment announced: Quorin investor, Halvane investee"]),
    # a next sentence's supplier of other goods than the trade's does not complete it (discourse.provided_other_goods)
    ("Kestrix agreed to buy a data center campus in Sakai for about 90 billion yen. Pellix will supply the necessary "
     "GPUs.", []),
    ("Kestrix agreed to buy a data center campus in Sakai for about 90 billion yen. The campus will be sold by "
     "Pellix.", ["datacenter announced: Kestrix buyer, Pellix seller | 9e+10 JPY once"]),
    # partners that only have an agreement, no figure: a relationship described (candidates.possessed_agreement)
    ("Currently, Tessaly and Orvane have revenue-sharing agreements that flow both ways. Tessaly is also a major "
     "backer of Orvane, providing funding and capacity.", []),
    ("Tessaly has a long-standing partnership with Orvane. The two share GPU capacity across their data centers.", []),
    # (an agreement signed is made, not had)
    ("Tessaly and Orvane have formed a strategic partnership to jointly develop 2 GW of AI data center capacity.",
     ["partnership announced: Tessaly partner, Orvane partner"]),
    # the size of a stake owned already is no deal's figure (mentions.held_stake)
    ("Halvex will supply Orvane with $2 billion of servers, with Brisca owning a $3 billion Halvex stake.",
     ["chips announced: Halvex seller, Orvane buyer | 2e+09 USD once"]),
    ("Kestle holds a $500 million stake in Orvane.", []),
    ("Kestle bought a $500 million stake in Orvane.",
     ["investment completed: Kestle investor, Orvane investee | 5e+08 USD once"]),
    # partners collaborating on a site, with its figure, or joint subjects collaborating on it (type.joint_on_site)
    ("Kelvane collaborated with Morsk on a $2 billion data center campus in Ohio.",
     ["partnership announced: Kelvane partner, Morsk partner | 2e+09 USD once"]),
    ("Kelvane and Morsk are collaborating on a $2 billion data center in Ohio.",
     ["partnership announced: Kelvane partner, Morsk partner | 2e+09 USD once"]),
    # goods that bear one side's name sell the undirected trade's direction (discourse.brand_goods_seller)
    ("Halvane signed an agreement with Quorin for 6 GW of Halvane GPUs.",
     ["chips announced: Halvane seller, Quorin buyer"]),
    ("Quorin signed an agreement with Halvane for 20,000 Halvane accelerators.",
     ["chips announced: Quorin buyer, Halvane seller"]),
    # warrants named by the company whose shares they are on: the trade's other side receives them
    # (discourse.warrants_on_shares)
    ("Halvane, a competitor, entered a partnership with Quorin involving warrants in Halvane stock (up to 160 million "
     "shares) in exchange for a deployment commitment of 6 GW of Halvane GPU hardware.",
     ["chips announced: Halvane seller, Quorin buyer", "investment announced: Quorin investor, Halvane investee"]),
    # money secured bare is money raised (type.secured_money); goods or orders secured are a trade
    ("Dutch startup Axolen secured about $250m to advance low-power accelerators aimed at edge workloads.",
     ["investment completed: Axolen investee | 2.5e+08 USD once"]),
    ("Axolen secured $250m from Pellmore Capital and Quarrow Partners.",
     ["investment completed: Axolen investee, Pellmore Capital investor, Quarrow Partners investor | 2.5e+08 USD once"]),
    ("Axolen secured $250m of GPU capacity from Pellmore Cloud.",
     ["compute completed: Axolen buyer, Pellmore Cloud seller | 2.5e+08 USD once"]),
    # the partner of a second deal joined to money raised is no investor (roles.second_deal_partner)
    ("Brightwave picked up $350m led by Pellmore Capital and a multi-year tie-up with Kelvane to ship its "
     "next-generation accelerators.",
     ["investment completed: Brightwave investee, Pellmore Capital investor | 3.5e+08 USD once"]),
    # a cue of intent whose 'to' takes a noun phrase tells no talks (type.intent_to_noun)
    ("Sivara, which announced $70 million in new funding led by Mavrick Capital, is looking to the edge with chips "
     "for cameras and cars.", ["investment announced: Sivara investee, Mavrick Capital investor | 7e+07 USD once"]),
    ("Sivara is looking to raise $70 million in new funding led by Mavrick Capital.",
     ["investment talks: Sivara investee, Mavrick Capital investor | 7e+07 USD once"]),
    # data centres bought as the object of a noun of acquiring: a purchase of sites (type.sites_object); not a
    # business named by them
    ("Tessbank announced today it has closed its acquisition of four existing Houston area data centers from Cyrano "
     "for $670 million.", ["datacenter completed: Tessbank buyer, Cyrano seller | 6.7e+08 USD once"]),
    ("Tessbank has closed its acquisition of the data center business of Cyrano for $670 million.",
     ["acquisition completed: Tessbank acquirer, Cyrano target | 6.7e+08 USD once"]),
    # a word of funding that describes the firms after it raises nothing (type.funding_word_modifier)
    ("US data centre giant Dravon Realty has completed its acquisition of Telvo from private equity firms Abrel "
     "Partners and Berkmoor Partners in a transaction valued at $1.886 billion.",
     ["acquisition completed: Dravon Realty acquirer, Telvo target | 1.886e+09 USD once"]),
    # a description that ends on where the company sits is still no cue of the deal (type.description_based_in)
    ("Irongate agreed to acquire Iovex, a colocation provider based in Phoenix, Arizona, for $1.3 billion.",
     ["acquisition announced: Irongate acquirer, Iovex target | 1.3e+09 USD once"]),
    ("Irongate has entered into a definitive agreement to acquire the U.S. operations of Iovex Data Centers, a "
     "colocation provider headquartered in Phoenix, for $1.315 billion plus up to $60 million based on future "
     "performance.", ["acquisition announced: Irongate acquirer, Iovex Data Centers target | 1.315e+09 USD once"]),
    # the one provided 'with' the financing raises it; the providers lend (roles.provided_with_financing)
    ("Tarnwell Securities and Cobalt Bank provided Tessbank with $400 million of debt financing for the acquisition.",
     ["investment announced: Tessbank investee, Tarnwell Securities investor, Cobalt Bank investor | 4e+08 USD once"]),
    ("Tarnwell Capital provided Tessbank with $400 million of debt financing for the acquisition.",
     ["investment announced: Tessbank investee, Tarnwell Capital investor | 4e+08 USD once"]),
    # in running text a name ending in a suffix keeps a first word a headline would strip (mentions.running_first_word)
    ("An investment consortium that includes Brackmoor, Global Terrain Partners and Abu Dhabi fund Mazgex has struck a "
     "$40bn takeover of Alinto Data Centers.",
     ["acquisition announced: Brackmoor acquirer, Global Terrain Partners acquirer, Mazgex acquirer, Alinto Data "
      "Centers target | 4e+10 USD once"]),
    ("Brackmoor acquired Global Terrain Partners last year for approximately $12.5 billion.",
     ["acquisition completed: Brackmoor acquirer, Global Terrain Partners target | 1.25e+10 USD once"]),
    # an investment made already describes a relationship (guideline 3; cues.yaml relationship)
    ("Mazgex is reportedly discussing an independent investment as part of the transaction. The company already "
     "invested in Alinto and maintains a strategic partnership with Brackmoor.", []),
    # a target's enterprise value told in a relative clause on it: the acquisition stands, without an amount
    # (candidates.valued_party)
    ("Terrain Partners is looking to acquire power company Aestra Corporation, which has an enterprise value of $38 "
     "billion, including debt.", ["acquisition talks: Terrain Partners acquirer, Aestra target"]),
    # the name a company bore before is the same company, no party (mentions.former_name)
    ("Brisca Cloud will lease 40 MW to Kestle AI, formerly Halvane Hosting, for $90 million a year.",
     ["datacenter announced: Brisca Cloud seller, Kestle AI buyer | 9e+07 USD year"]),
    ("Quorin Power (previously called Sivara Energy) signed a power purchase agreement with Kestle Data.",
     ["power announced: Kestle Data buyer, Quorin Power seller"]),
    # with no name after the verb, its subject invests and 'in the company' stands for the other name
    # (roles.subject_invests_described)
    ("Quorin Labs expanded its team after Brisca Ventures invested $20 million in the startup.",
     ["investment completed: Brisca Ventures investor, Quorin Labs investee | 2e+07 USD once"]),
    ("Sivara Robotics moved to Austin, where Tamsin Capital put $15 million into the company.",
     ["investment announced: Tamsin Capital investor, Sivara Robotics investee | 1.5e+07 USD once"]),
    # what a named company is worth now, told beside its name, is no deal's amount (mentions.name_worth)
    ("Quorin, now worth $12 billion, signed a $700 million contract with Brisca Cloud for GPU capacity.",
     ["compute announced: Quorin buyer, Brisca Cloud seller | 7e+08 USD once"]),
    ("Tarrow Labs, currently worth about $8 billion, raised $500 million from Brisca Ventures.",
     ["investment completed: Tarrow Labs investee, Brisca Ventures investor | 5e+08 USD once"]),
    # 'GPU services' are computing sold as a service (type.goods_as_service, context list goods_service_words)
    ("Kestle Data will provide GPU services worth $300 million to Orlind AI.",
     ["compute announced: Kestle Data seller, Orlind AI buyer | 3e+08 USD once"]),
    # ', the X reported' at a clause's end: an outlet, no party; the deal is reported (mentions.outlet_reported)
    ("Velmora agreed to buy 3,000 GPUs from Kestle Systems for $150 million, the Courier reported.",
     ["chips reported: Velmora buyer, Kestle Systems seller | 1.5e+08 USD once"]),
    ("Quorin raised $40 million from Tarrow Capital, the Sentinel reported earlier.",
     ["investment reported: Quorin investee, Tarrow Capital investor | 4e+07 USD once"]),
    # capitals set off after ', or' that spell a name's initials abbreviate it (mentions.or_abbreviation)
    ("Orlind Cloud will buy 4,000 servers from Tessaly Micro Systems, or TMS, for $40 million. TMS will deliver "
     "the servers to Orlind Cloud by March.",
     ["chips announced: Orlind Cloud buyer, Tessaly Micro Systems seller | 4e+07 USD once"]),
    ("Brisca Power Group, or BPG, agreed to sell 300 MW of power to Halvane Data. BPG will supply the power from "
     "2027 to Halvane Data.", ["power announced: Brisca Power Group seller, Halvane Data buyer"]),
    # joint subjects that form a platform, venture or vehicle together: a partnership, whatever the entity will do
    # (type.joint_entity_formed, guideline 5)
    ("Quorin Energy and Halvane Capital will form a $1.5 billion platform to develop solar farms for data centers.",
     ["partnership announced: Quorin Energy partner, Halvane Capital partner | 1.5e+09 USD once"]),
    ("Brisca Partners and Tessaly Holdings have set up a new vehicle to buy AI chips for European labs.",
     ["partnership announced: Brisca Partners partner, Tessaly Holdings partner"]),
    # a deal with an unnamed side is no telling of a deal with a named company (merging.unnamed_apart)
    ("Brisca Data will lease its Ohio campus to an unnamed hyperscaler for $2 billion. Last month, Brisca Data "
     "leased another 40 MW to Tessaly AI.",
     ["datacenter announced: Brisca Data seller | 2e+09 USD once",
      "datacenter announced: Brisca Data seller, Tessaly AI buyer"]),
    # the ones chosen 'to lead' a financing lend; the one who chose them borrows (roles.tapped_to_lead)
    ("Tessaly has hired Kestle Partners and Orlind Capital to lead a $2 billion debt raise for its chip plant.",
     ["investment announced: Tessaly investee, Kestle Partners investor, Orlind Capital investor | 2e+09 USD once"]),
    # a financing 'for a' data center is a site financed (type.loan_for_site, guideline 6)
    ("Brisca Bank and Quorin Capital will provide a $900 million loan to Halvane Data for a data center in Ohio.",
     ["datacenter announced: Brisca Bank seller, Quorin Capital seller, Halvane Data buyer | 9e+08 USD once"]),
    # a valuation behind a hedge ('at below the', 'of no less than') is no deal's amount (money.yaml
    # not_amount_before, qualifiers)
    ("Kestle is in preliminary talks to buy chip startup Quorin Systems. Any deal would likely value Quorin at below "
     "the $5 billion it fetched in a 2021 funding round, the people said.",
     ["acquisition talks: Kestle acquirer, Quorin target"]),
    ("Halvane is in talks to raise new funds from Brisca Capital at a valuation of no less than $100 billion.",
     ["investment talks: Halvane investee, Brisca Capital investor"]),
    # a sentence on another company's funding adds no investors to the round just told (discourse.other_funding_named)
    ("Quorvane raised $80 million in a round led by Brisca Ventures. The round for Tessaly Robotics, which closed "
     "in May, was led by Orlind Capital.",
     ["investment completed: Quorvane investee, Brisca Ventures investor | 8e+07 USD once",
      "investment completed: Tessaly Robotics investee, Orlind Capital investor"]),
    # 'has discussed', 'held discussions': a deal still talked about (cues.yaml status_cues talks, guideline 9)
    ("Sivara has discussed buying 5,000 GPUs from Kestle Micro for $300 million.",
     ["chips talks: Sivara buyer, Kestle Micro seller | 3e+08 USD once"]),
    ("Velmora has already discussed leasing 200 MW from Tarrow Data for $1 billion.",
     ["datacenter talks: Velmora buyer, Tarrow Data seller | 1e+09 USD once"]),
    # joint subjects with a figure each ('respectively') and no name after the verb: one side, no partnership
    # between them (roles.respective_subjects)
    ("Quorin and Halvane Systems agreed to buy $10 million and $15 million of the new shares, respectively.", []),
    # a place that opens a name of three words ending in a suffix is the name's (mentions.place_first_word)
    ("Brokerage firm China Merchants Securities led a $50 million series C round in Quorin.",
     ["investment announced: China Merchants Securities investor, Quorin investee | 5e+07 USD once"]),
    ("Quorin raised $80 million from Texas Pacific Capital and Brisca.",
     ["investment completed: Quorin investee, Texas Pacific Capital investor, Brisca investor | 8e+07 USD once"]),
    # the name that announces others' deal is no party (mentions.announcer_of_others); one referred back to stays
    ("The Ministry of Digital Affairs announced that Quorin and Brisca Data have signed a $1 billion agreement to "
     "build a data center.", ["datacenter announced: Quorin buyer, Brisca Data seller | 1e+09 USD once"]),
    ("Quorin said that Brisca Capital and Tarrow Ventures will invest $20 million in the company.",
     ["investment announced: Brisca Capital investor, Tarrow Ventures investor, Quorin investee | 2e+07 USD once"]),
    # a name set before sites a purchase takes is their owner, who sells them (mentions.owner_of_sites)
    ("The news comes a day after Quorin announced the completion of its $3.6 billion all-cash purchase of 29 Brisca "
     "data centers.", ["datacenter completed: Quorin buyer, Brisca seller | 3.6e+09 USD once"]),
    # the maker of parts named in a relative clause describing what is bought sells nothing
    # (mentions.maker_in_description)
    ("Velmora bought servers which contain chips from Orsk from Brisca Systems for $40 million.",
     ["chips completed: Velmora buyer, Brisca Systems seller | 4e+07 USD once"]),
    # a fee for a deal called off is no price of a trade (money.yaml not_amount_before, not_amount_after)
    ("Quorin will pay Brisca a $50 million break-up fee.", []),
    ("Quorin will pay a termination fee of $353 million to Brisca Systems, the company said.", []),
    # a round's name, a SAFE included, is no investor (slots.yaml not_org_heads)
    ("The loan follows Tarvix Cloud's earlier equity rounds, including a £120m Series A and a £45m Pre-Series B SAFE, "
     "as the company scales capacity.", ["investment announced: Tarvix Cloud investee | 1.2e+08 GBP once",
                                         "investment announced: Tarvix Cloud investee | 4.5e+07 GBP once"]),
    ("Tarvix Cloud raised $12 million through a SAFE from Brisca Ventures last year.",
     ["investment completed: Tarvix Cloud investee, Brisca Ventures investor | 1.2e+07 USD once"]),
    # the banks a company works with on its own raise, listing or sale are no parties (roles.worked_with_on_raise)
    ("Reports suggested Tarvix Cloud was working with Brisca Sachs and Quorin Morgan on a potential $2 billion raise "
     "ahead of a planned IPO.", []),
    ("Tarvix Cloud is working with Halvane Securities on an initial public offering that could raise $500 "
     "million.", []),
    ("Velmora worked with Halvane Partners on a $400 million sale of its stake in Orsk Data to Brisca Capital.",
     ["investment announced: Orsk Data investee, Brisca Capital investor | 4e+08 USD once"]),
    # money put into a place or a thing of one's own is no deal's figure; the next clause's deal stays
    # (candidates.capex_clause_aside)
    ("Tarvix Cloud plans to invest $3 billion in Portugal, where its Sines campus will supply computing capacity to "
     "Velmora.", ["compute announced: Tarvix Cloud seller, Velmora buyer"]),
    ("Velmora plans to invest $1 billion in India, where it has signed a 200 MW power deal with Vayu Renewables.",
     ["power announced: Velmora buyer, Vayu Renewables seller"]),
    ("Brisca Capital will invest $500 million in Tarvix Cloud, with Velmora joining the round.",
     ["investment announced: Brisca Capital investor, Tarvix Cloud investee, Velmora investor | 5e+08 USD once"]),
    # 'it' after an opener of a word and a month or a year stands for the last subject (mentions.it_subject)
    ("Tarvix Cloud has expanded quickly over the past twelve months. Back in September, it raised $1.1bn from Velmora "
     "and Orsk Systems.",
     ["investment completed: Tarvix Cloud investee, Velmora investor, Orsk Systems investor | 1.1e+09 USD once"]),
    # a lower-case word hyphened to a capitalised one, described as a company, ends its name
    # (mentions.hyphen_lower_name)
    ("Tarvix Cloud describes itself as an AI-native platform. The company recently acquired Norvel-tech, a European "
     "data centre engineering consultancy, and says it has secured multiple customer contracts.",
     ["acquisition completed: Tarvix Cloud acquirer, Norvel-tech target"]),
    # a pair after 'between', then the site the capacity is at, owned by one of them: that one provides it
    # (roles.between_site_owner)
    ("The deal is part of a $3 billion, 10-year agreement between Orvane Cloud and Tarvix Mining to lease computing "
     "power at Tarvix's Barber Lake site in Texas.",
     ["compute announced: Tarvix seller, Orvane Cloud buyer | 3e+09 USD once"]),
    # an opening clause likening the deal to an earlier one names none of its parties (candidates.likened_deal_aside)
    ("And just as it did with Tarvix Mining's deal, Brisca will backstop $1.4 billion of Orvane Cloud's lease "
     "obligations.", ["datacenter announced: Brisca seller, Orvane Cloud buyer | 1.4e+09 USD once"]),
    # ', with', a new name and a participle stating a deal of its own: a second deal with its own figure
    # (mentions.with_doing_clause); not a share of the deal before, nor the figure of a side already named
    ("Orsk Labs signed a $2 billion cloud contract with Velmora, with Brisca Capital agreeing to lend $500 million to "
     "Orsk Labs.", ["compute announced: Orsk Labs buyer, Velmora seller | 2e+09 USD once",
                    "investment announced: Brisca Capital investor, Orsk Labs investee | 5e+08 USD once"]),
    ("Velmora led the $300 million round in Orsk Labs, with Brisca Capital investing $50 million.",
     ["investment announced: Velmora investor, Orsk Labs investee, Brisca Capital investor | 3e+08 USD once",
      "investment announced: Brisca Capital investor, Orsk Labs investee | 5e+07 USD once"]),
    ("Orsk Labs signed a cloud contract with Velmora, with Velmora paying $2 billion over five years.",
     ["compute announced: Velmora buyer, Orsk Labs seller | 2e+09 USD once"]),
    # an agreement of three or more sides makes each named side a partner (cues.yaml strong_type_cues: tripartite)
    ("The Velmora government on Friday signed a tripartite MoU with Orsk Data, a Tokyo-based global leader in digital "
     "transformation and IT services, and Brisca Networks, an Indian company engaged in AI-first cloud platform.",
     ["partnership announced: Velmora government partner, Orsk Data partner, Brisca Networks partner"]),
    # the maker of the chips a site is built 'using' sells nothing (roles.goods_running)
    ("Indian data center firm Tarvix Data announced plans to build one of Asia's largest AI computing hubs using "
     "Stellix's Ultra chips, in a project exceeding $2 billion.", []),
    ("Orsk Labs will rent capacity using Stellix GPUs from Brisca Cloud for $300 million.",
     ["compute announced: Orsk Labs buyer, Brisca Cloud seller | 3e+08 USD once"]),
    # a share of a company's equity taken or received is a stake (triggers.jsonl: 'receive 5.4% in equity in X')
    ("In exchange, Brisca will get 8% of Tarvix Mining's equity.",
     ["investment announced: Brisca investor, Tarvix Mining investee"]),
    # the same subject's second verb after 'and, in return,' tells a deal of its own
    # (mentions.shared_subject_trigger)
    ("Brisca has agreed to guarantee $1.4 billion of Orvane's lease obligations and, in return, receive 5.4% in equity "
     "in Tarvix Mining.", ["datacenter announced: Brisca seller, Orvane buyer | 1.4e+09 USD once",
                           "investment announced: Brisca investor, Tarvix Mining investee"]),
    # what analysts expect a company to do, a few words between 'to' and the deal word, is a forecast (type.forecast)
    ("Analysts at Brisca Securities expect Velmora to sign more deals with Orsk Systems worth up to $10 billion.", []),
    # companies bidding for a contract seek a deal none has made (type.contest)
    ("Velmora, Orsk Systems and Brisca Cloud are among the companies bidding for the $2 billion government cloud "
     "contract.", []),
    # the one that lost out to another is no party; the winner is (roles.lost_out)
    ("Velmora lost out to Orsk Systems in the race to buy Brisca Cloud for $3 billion.",
     ["acquisition announced: Orsk Systems acquirer, Brisca Cloud target | 3e+09 USD once"]),
    ("Orsk Systems agreed to buy Brisca Cloud for $3 billion after Velmora lost out to it.",
     ["acquisition announced: Orsk Systems acquirer, Brisca Cloud target | 3e+09 USD once"]),
    # a country's name before its currency's names the currency (money.yaml currency_words)
    ("Brisca Capital will invest 800 million New Zealand dollars in Velmora.",
     ["investment announced: Brisca Capital investor, Velmora investee | 8e+08 NZD once"]),
    # money received from someone, written with a currency word after the figure (and a conversion in brackets)
    # (triggers.jsonl)
    ("Orsk Systems will receive about 1.5 trillion yen ($10 billion) from Velmora for computing capacity.",
     ["compute announced: Orsk Systems seller, Velmora buyer | 1.5e+12 JPY once"]),
    ("Velmora received 50 billion yen from Brisca Capital in its latest round.",
     ["investment completed: Velmora investee, Brisca Capital investor | 5e+10 JPY once"]),
    # capacity, goods or power got, obtained, sourced or taken from a seller (triggers.jsonl)
    ("Velmora will get $2 billion of computing capacity from Orsk Cloud.",
     ["compute announced: Velmora buyer, Orsk Cloud seller | 2e+09 USD once"]),
    ("Velmora will take 300 MW of power from Tarvix Energy.", ["power announced: Velmora buyer, Tarvix Energy seller"]),
    # 'raised' a figure of money in debt and equity raises money; 'raised its stake' buys more of a company
    # (triggers.jsonl); the shares listed after 'including', each from its investor, are each a record of its own
    # beside the round (discourse.shares_listed, guideline 2; an instrument may stand before 'from')
    ("Velmora has raised $1.2 billion in debt and equity, including a $700 million loan from Brisca Bank and $500 "
     "million from Orsk Ventures.",
     ["investment completed: Velmora investee, Brisca Bank investor, Orsk Ventures investor | 1.2e+09 USD once",
      "investment completed: Brisca Bank investor, Velmora investee | 7e+08 USD once",
      "investment completed: Orsk Ventures investor, Velmora investee | 5e+08 USD once"]),
    ("Brisca Capital raised its stake in Velmora to 15% for $300 million.",
     ["investment completed: Brisca Capital investor, Velmora investee | 3e+08 USD once"]),
    # the maker named before its goods is no subject that a later 'the company' stands for
    # (mentions.maker_not_antecedent)
    ("Velmora has secured a $830 million funding round to build a data centre. The data centre will run on 13,000 "
     "Stellix chips. Velmora obtained the funding from seven banks, which reflects their confidence in the company's "
     "vision.", ["investment completed: Velmora investee | 8.3e+08 USD once"]),
    # 'an investment fund' after a deal and 'and' is an organisation's noun, no investment
    # (candidates.investment_and_trade)
    ("Velmora signed a power purchase agreement with Tarvix Energy and an investment fund from Dubai.",
     ["power announced: Velmora buyer, Tarvix Energy seller"]),
    ("Velmora struck a cloud deal with Orsk Cloud and an investment fund from Dubai.",
     ["compute announced: Velmora buyer, Orsk Cloud seller"]),
    # the outlet by which a deal was first reported is no party (mentions.outlet_name; outlet_words +Ledger)
    ("The agreement, first reported by the Halden Ledger, gives Velmora access to 50,000 GPUs from Orsk Cloud.",
     ["compute reported: Velmora buyer, Orsk Cloud seller"]),
    # 'rent out', 'lease out': the subject sells (triggers); the maker of the goods a seller gives access to is no
    # side (roles.accessed_brand)
    ("Orlin Cloud, a Texas infrastructure firm, will rent out access to about 30,000 Tessar GPUs for $4 billion over "
     "three years.", []),
    ("Velkor will lease out 200 MW at its Halden campus to Brimoral for $3 billion.",
     ["datacenter announced: Velkor seller, Brimoral buyer | 3e+09 USD once"]),
    ("Orlin Cloud rents out its GPUs under a $2 billion deal with Velkor.",
     ["compute announced: Orlin Cloud seller, Velkor buyer | 2e+09 USD once"]),
    # a company that goes private is bought, told with itself as the subject (triggers, type cues, type.goes_private)
    ("Brimoral decided to go private with Halvex Capital and Tarvio Partners for $11.49 billion last year.",
     ["acquisition announced: Brimoral target, Halvex Capital acquirer, Tarvio Partners acquirer | 1.149e+10 USD "
      "once"]),
    ("Orsk Data, a colocation operator, agreed to go private in a $2 billion deal with Quarnell Infrastructure.",
     ["acquisition announced: Orsk Data target, Quarnell Infrastructure acquirer | 2e+09 USD once"]),
    ("Shares of Velkor jumped after the company said it could go private, according to people familiar with the "
     "matter.", []),
    # a financing noun says not who gives: a fund the frame makes the one financed gives, where no one of an
    # investing kind does (roles.fund_finances)
    ("Quarnell's Sovereign Development Fund has signed non-binding terms with Velkor, the state-owned AI firm, for "
     "financing of up to US$1.2 billion.",
     ["investment announced: Quarnell's Sovereign Development Fund investor, Velkor investee | 1.2e+09 USD once"]),
    ("Velkor has signed terms with Halden Capital for financing of up to $1.2 billion.",
     ["investment announced: Velkor investee, Halden Capital investor | 1.2e+09 USD once"]),
    # a joint undertaking to advance development or research in a field sells no goods; with no money attached it is
    # no deal (type.joint_research_aim, candidates.partnership_attached)
    ("Orsk AI recently entered into a partnership with Tessar Semiconductor to advance HBM development.", []),
    ("Tessar Chips and Brimoral formed a $500 million alliance to drive the development of next-generation memory "
     "chips.", ["partnership announced: Tessar Chips partner, Brimoral partner | 5e+08 USD once"]),
    # the kind of the company bought, with a country's adjective or two nouns joined by 'and', is no object of its
    # own (type.kind_before_object, type.object_kind_not_cue)
    ("Quarnell Group has agreed to acquire British data center developer and operator Tarvio Group Ltd.",
     ["acquisition announced: Quarnell Group acquirer, Tarvio Group target"]),
    ("Quarnell Group has agreed to buy Japanese data center operator Tarvio for $2 billion.",
     ["acquisition announced: Quarnell Group acquirer, Tarvio target | 2e+09 USD once"]),
    # names set off after a place's noun name the places (mentions.place_apposition)
    ("Orsk Data has already invested RM9 billion in two industrial parks, Sentavo and Kumira, the company said.", []),
    ("Velkor runs two campuses, Halden and Orvik, and signed a lease with Brimoral for $2 billion.",
     ["datacenter announced: Velkor buyer, Brimoral seller | 2e+09 USD once"]),
    # a joint undertaking to make capacity is a partnership, whatever figure with a decimal point sizes it
    # (type.joint_capacity)
    ("Tessar said it was collaborating with Orvane Power to establish a US$4.3 billion AI data centre park in Johor.",
     ["partnership announced: Tessar partner, Orvane Power partner | 4.3e+09 USD once"]),
    # a figure's decimal point is no sentence stop for the words read across it (type.paid_for_power: 'paying X $1.5
    # billion a year for power')
    ("Velkor is paying Orsk Cloud $1.5 billion a year for power at its Halden campus.",
     ["power announced: Velkor buyer, Orsk Cloud seller | 1.5e+09 USD year"]),
    ("Velkor will pay Orsk Energy $2.5 million a month for electricity at its Texas data center.",
     ["power announced: Velkor buyer, Orsk Energy seller | 2.5e+06 USD month"]),
    # a maker joined to its goods by a hyphenated participle ('Nvidia-powered servers') says what the goods are; its
    # kind is no vote for the deal's type (type.maker_no_vote)
    ("Orsk Cloud agreed to rent Nvidia-powered servers to Velkor under a $6 billion contract.",
     ["compute announced: Orsk Cloud seller, Velkor buyer | 6e+09 USD once"]),
    # 'fund-raising' written with a hyphen is one noun, as 'fundraising' (tokenizer, triggers, cues, frames)
    ("In October, Velkor completed a $6.6 billion fund-raising deal that valued the company at $157 billion.",
     ["investment completed: Velkor investee | 6.6e+09 USD once"]),
    ("Orsk Capital led the $300 million fund-raising for Brimoral.",
     ["investment announced: Orsk Capital investor, Brimoral investee | 3e+08 USD once"]),
    # a group of investors, a comma, 'including' and their names, then taking part still in talks, join the round
    # just told (discourse.took_part_list, discourse.took_part_to_come)
    ("Velkor is discussing raising $10 billion, a news agency reported on Friday. Existing investors, including Quorra "
     "Capital, Halvex Partners and Valor Equity Partners are in talks to participate in the deal, the report said.",
     ["investment talks: Velkor investee, Quorra Capital investor, Halvex Partners investor, Valor Equity Partners "
      "investor | 1e+10 USD once"]),
    # the company a raise values is the one raising; a later phrase with the same noun stands for it
    # (mentions.valued_description)
    ("Brimoral is raising $2 billion in a round that values the chip startup at $12 billion. Last month Tessar agreed "
     "to buy a stake in Orsk Chips from its founders. The chip startup raised $400 million from Quorra Capital in "
     "2024.",
     ["investment announced: Brimoral investee | 2e+09 USD once",
      "investment announced: Tessar investor, Orsk Chips investee",
      "investment completed: Brimoral investee, Quorra Capital investor | 4e+08 USD once"]),
    # 'it' after two short openers, each set off by its comma, is the last subject (mentions.it_subject)
    ("Velkor Energy has signed several supply agreements over the past year. Most notably, last November, it inked a "
     "100MW supply agreement with Orsk Electric Power for up to 1GW of supply.",
     ["power announced: Velkor Energy seller, Orsk Electric Power buyer"]),
    # 'acquire' named sites or goods from a seller is a directed trade, a deal without a figure as 'buy' is (cues
    # strong_verbs)
    ("Orsk Data will acquire four data centers in Halden from Velkor.",
     ["datacenter announced: Orsk Data buyer, Velkor seller"]),
    ("Orsk Data will acquire the Halden West I, II and III data centers from Velkor.",
     ["datacenter announced: Orsk Data buyer, Velkor seller"]),
    # goods right before 'to power' run the site: a trade of the goods, no power (type.goods_to_power); after a deal
    # or a plant, 'to power' a site is a supply of power (type.to_power, a guard)
    ("Orsk AI has committed to spending about $12 billion on Tessar accelerators to power a new data center in Ohio.",
     ["chips announced: Orsk AI buyer, Tessar seller | 1.2e+10 USD once"]),
    ("Orsk AI signed a $2 billion deal with Halden Energy to power its data centers in Ohio.",
     ["power announced: Orsk AI buyer, Halden Energy seller | 2e+09 USD once"]),
    # the maker of the chips a site will run on, after a qualifier of their number, is no side (roles.goods_running);
    # the lease's other side is not named
    ("Orsk AI has entered into a 15-year lease for the entire campus, which insiders said would run on roughly "
     "400,000 Nvidia GB200 superchips.", []),
    # a reference opening a paragraph refers back across the blank line (mentions.antecedent_across_paragraph), and
    # through a sentence that refers back too and names no one (mentions.antecedent_chain)
    ("Tarvio designs inference chips.\n\nThe startup has raised $45 million from Pellmark Capital.",
     ["investment completed: Tarvio investee, Pellmark Capital investor | 4.5e+07 USD once"]),
    ("Tarvio designs inference chips.\nThe startup has raised $45 million from Pellmark Capital.",
     ["investment completed: Tarvio investee, Pellmark Capital investor | 4.5e+07 USD once"]),
    ("Tarvio designs inference chips. The startup, based in Lyon, sells them to carmakers. Pellmark Capital is leading "
     "a $45 million round for the startup.",
     ["investment announced: Pellmark Capital investor, Tarvio investee | 4.5e+07 USD once"]),
    ("Tarvio designs inference chips.\n\nIt was founded in 2022.\n\nPellmark Capital is leading the company's "
     "$45 million round.",
     ["investment announced: Pellmark Capital investor, Tarvio investee | 4.5e+07 USD once"]),
    # a name joined to the one before as its own unit is on its side (roles.joint_own_unit)
    ("Orsk Telecom and affiliate Orsk Broadband reportedly spent more than $20 million to secure a site in Ulm.", []),
    ("Orsk Telecom and its cloud unit Brisa Cloud will buy $300 million of GPUs from Tessar.",
     ["chips announced: Orsk Telecom buyer, Brisa Cloud buyer, Tessar seller | 3e+08 USD once"]),
    # a person's title, and the English words completing it after 'of', are an office, no company
    # (mentions.office_title); an unknown name after the title stays one (a guard)
    ("The Minister of Finance, Dana Roe, welcomed the commitment, citing a budget of BRL300 million, about US$55 "
     "million, in data centre investment.", []),
    ("Dana Roe, the chief executive of Velkor, said Halvern Capital had invested $50 million in Velkor.",
     ["investment completed: Velkor investee, Halvern Capital investor | 5e+07 USD once"]),
    # the object of a verb that makes it a hub is a place (mentions.place_made_hub)
    ("Orsk Bank and Brisa Energy signed a memorandum of understanding to develop Port Tarsk as a strategic data "
     "center hub.", ["partnership announced: Orsk Bank partner, Brisa Energy partner"]),
    # a figure inside a relative clause set off by commas before the trigger describes its name
    # (candidates.figure_in_relative_aside)
    ("Pellmark, which runs a $2 billion fund, said Orsk AI had bought $300 million of GPUs from Tessar.",
     ["chips completed: Orsk AI buyer, Tessar seller | 3e+08 USD once"]),
    ("Orsk AI, which spent $1 billion on chips in 2024, will pay Brisa Cloud $400 million for compute capacity.",
     ["compute announced: Orsk AI buyer, Brisa Cloud seller | 4e+08 USD once"]),
    ("Brisa Cloud, which won a $2 billion contract last year, will lease 200 MW to Orsk AI for $900 million.",
     ["datacenter announced: Brisa Cloud seller, Orsk AI buyer | 9e+08 USD once"]),
    # 'it' subject of a copula's clause and of a verb joined by 'and' (mentions.it_coordinated); a round joined after
    # a relationship is told, its backers of old no party (candidates.relationship_then_round)
    ("Tarvio builds inference chips. It was spun out of a university in 2022 and has raised $80 million from "
     "Pellmark Capital.", ["investment completed: Tarvio investee, Pellmark Capital investor | 8e+07 USD once"]),
    ("Tarvio builds inference chips. It is already backed by Orsk and raised $80 million in 2024, led by Pellmark "
     "Capital.", ["investment completed: Tarvio investee, Pellmark Capital investor | 8e+07 USD once"]),
    # money sought from named investors is a round in talks (triggers: 'seeking ... from'; cues: 'is seeking')
    ("Tarvio is seeking up to $150 million from investors such as Pellmark Capital.",
     ["investment talks: Tarvio investee, Pellmark Capital investor | 1.5e+08 USD once"]),
    # a partnership to raise money is a round, the partner the investor (type.partner_to_raise)
    ("Tarvio has teamed up with Pellmark Capital to raise $150 million for its next chip.",
     ["investment announced: Tarvio investee, Pellmark Capital investor | 1.5e+08 USD once"]),
    # a verb of committing whose infinitive is a trigger, a day between them or not, takes that verb's direction
    # (type.trigger_complement); a commitment of money keeps its own (a guard); 'closing in on a deal' is talks (cues)
    ("Orsk Memory has pledged to supply $2 billion of memory chips to Tarvio over three years.",
     ["chips announced: Orsk Memory seller, Tarvio buyer | 2e+09 USD once"]),
    ("Orsk Memory and Brisa Semi committed on Monday to supply memory chips for Tarvio's data centers.",
     ["chips announced: Orsk Memory seller, Brisa Semi seller, Tarvio buyer"]),
    ("Orsk AI has committed $2 billion to buy chips from Tessar.",
     ["chips announced: Orsk AI buyer, Tessar seller | 2e+09 USD once"]),
    ("Pellmark Bank and Brisa Bank are closing in on a deal to lend $5 billion to Orsk Data.",
     ["investment talks: Pellmark Bank investor, Brisa Bank investor, Orsk Data investee | 5e+09 USD once"]),
    # a maker between a count and its goods is no partner (roles.counted_goods_maker)
    ("Orsk AI has widened its alliance with Brisa Cloud through an agreement under which Brisa Cloud will give Orsk AI "
     "access to 60,000 Nvidia GB300 GPUs in Norway and Spain.",
     ["compute announced: Orsk AI buyer, Brisa Cloud seller"]),
    # subjects that jointly put money into a build of their own are partners; a tenant named after is no investee
    # (type.joint_build_investment); one investor's money into a company stays an investment (a guard)
    ("Orsk Infra and Pellmark Capital will together invest $2.5 billion to develop a campus in Ohio that will be "
     "leased to Tarvio.", ["partnership announced: Orsk Infra partner, Pellmark Capital partner | 2.5e+09 USD once"]),
    ("Orsk Infra and Pellmark Capital will invest $250 million in Tarvio to build its first data center.",
     ["investment announced: Orsk Infra investor, Pellmark Capital investor, Tarvio investee | 2.5e+08 USD once"]),
    # warrants granted to a name are an investment in the granter with no amount (triggers: grant ... warrants;
    # roles.warrant_recipient, guideline 7)
    ("Tarvio will deploy 2 gigawatts of Orsk Semiconductor's accelerators under a multiyear agreement, and Orsk "
     "granted Tarvio warrants for up to 80 million shares.",
     ["chips announced: Tarvio buyer, Orsk seller", "investment announced: Tarvio investor, Orsk investee"]),
    ("Orsk Semiconductor has granted Tarvio Labs warrants to buy up to 80 million of its shares.",
     ["investment announced: Orsk Semiconductor investee, Tarvio Labs investor"]),
    ("Orsk Semiconductor issued Tarvio Labs warrants for 40 million shares on Monday.",
     ["investment announced: Orsk Semiconductor investee, Tarvio Labs investor"]),
    # a teller after its reporting verb at the clause's end is an outlet, no party (mentions.outlet_inverted)
    ("Quelmar Semi, a Shenzhen-based GPU designer, raised around $215 million in Series B funding to expand its "
     "research, reports Chipwire.", ["investment reported: Quelmar Semi investee | 2.15e+08 USD once"]),
    ("Velkor Cloud will buy 20,000 GPUs from Orsk Systems for $900 million, wrote Halvex on Monday.",
     ["chips reported: Velkor Cloud buyer, Orsk Systems seller | 9e+08 USD once"]),
    # an aside between the subject and a modal verb describes the subject; its names are no parties
    # (roles.subject_aside)
    ("MGX, established by sovereign wealth fund Mubadala and G42, may invest in CoreWeave as part of the transaction, "
     "the people familiar with the matter said.", ["investment reported: MGX investor, CoreWeave investee"]),
    # a long name whose words the parse hangs on one another is read whole (mentions.nested_compound); a hedging word
    # inside a name ('Plan') hedges nothing for the decision (decision.words_outside_names)
    ("Halvern and the Orsk Public Sector Pension Investment Board bought data center firm Tarvio from Pellmark Asset "
     "Management.", ["acquisition completed: Halvern acquirer, Orsk Public Sector Pension Investment Board acquirer, "
                     "Tarvio target"]),
    # a unit named between dashes after its owner is the party (roles.unit_owner; mentions.dash_aside for the parse)
    ("Orvane's Ohio subsidiary—Brisa Power—entered into a power supply agreement with Tarvio Data Centers.",
     ["power announced: Tarvio Data Centers buyer, Brisa Power seller"]),
    ("Orvane Group's cloud unit – Brisa Cloud – signed a $2 billion contract to supply GPU capacity to Tarvio AI.",
     ["compute announced: Brisa Cloud seller, Tarvio AI buyer | 2e+09 USD once"]),
    # two clauses joined by ', and', each a company's own act: the first subject is no side of the second clause's
    # trade unless the second takes something of the first up (roles.clause_subject_refers); a guard that does
    ("Orsk Cloud added 300 MW, and Brisa Labs committed $1 billion to an undisclosed capacity play.", []),
    ("Orsk Cloud hired 40 engineers, and Brisa Labs agreed to pay $1 billion for more capacity.", []),
    ("Orsk Cloud finished the 300 MW campus in Texas, and Brisa Labs will lease the campus for $1 billion.",
     ["datacenter announced: Brisa Labs buyer, Orsk Cloud seller | 1e+09 USD once"]),
    # a maker named right before a model's code is no company bought (mentions.maker_of_model)
    ("Orsk Cloud expanded its fleet this year through purchases of Nvidia H200 and B200 GPUs.", []),
    ("Orsk Cloud grew quickly thanks to its purchases of AMD MI300X and MI355X accelerators.", []),
    # a later verb of supplying with its recipient after 'to' tells the direction against the kinds
    # (roles.supplied_to_later)
    ("Tarvio said it will build and run the plants, and it will sell the power to Constellation Energy for 20 years.",
     ["power announced: Tarvio seller, Constellation Energy buyer"]),
    # a capitalised word of a site's name is no company (mentions.part_of_head_name)
    ("Orsk Utilities has signed a deal for the development of four Small Modular Reactors that will supply 2 GW to "
     "its grid.", []),
    # subjects listed before a symmetric deal word 'with' unnamed others are no sides of one another
    # (candidates.listed_with_unnamed)
    ("As their demand for power grows, Orsk, Tarvio, and Brisa have also struck deals with nuclear companies.", []),
    ("Velkor and Quelmar have each signed power agreements with several utilities.", []),
    # an investor's kind after 'from' in what money raised is for lends it (type.purpose_lender); a maker after 'from'
    # sells the goods (a guard)
    ("Quelmar Cloud raised $150 million in debt for the purchase of GPUs from Orsk Capital, a firm that lends "
     "against hardware.", ["investment completed: Quelmar Cloud investee, Orsk Capital investor | 1.5e+08 USD once"]),
    ("Quelmar Cloud raised $90 million in debt for the purchase of GPUs from Pellmark, a VC firm.",
     ["investment completed: Quelmar Cloud investee, Pellmark investor | 9e+07 USD once"]),
    ("Quelmar Cloud raised $150 million in debt for the purchase of GPUs from Stellix Semiconductor.",
     ["chips completed: Quelmar Cloud buyer, Stellix Semiconductor seller | 1.5e+08 USD once"]),
    # a name in an opening phrase of something besides the deal is no side of it (roles.alongside_opener)
    ("Quelmar AI trains language models. Besides its long partnership with Orsk Cloud, the company has signed a $1.8 "
     "billion seven-year computing deal with Pellmark Technologies.",
     ["compute announced: Quelmar AI buyer, Pellmark Technologies seller | 1.8e+09 USD once"]),
    # backers named with a first figure put in that one; a further figure after them has none named
    # (candidates.further_own_backers)
    ("Quelmar AI raised $600 million from Orsk Capital and Brisa Ventures, followed by a further $200 million.",
     ["investment completed: Quelmar AI investee, Orsk Capital investor, Brisa Ventures investor | 6e+08 USD once",
      "investment completed: Quelmar AI investee | 2e+08 USD once"]),
    # the abbreviated first word of a two-word legal form ends no sentence (cues.yaml org_suffixes; adjust_tokenizer)
    ("Orsk Cloud bought Brisa Data Asia Pte. Ltd for $20 million.",
     ["acquisition completed: Orsk Cloud acquirer, Brisa Data Asia target | 2e+07 USD once"]),
    ("Orsk Cloud acquired Brisa Data Pvt. Ltd. for Rs 300 crore.",
     ["acquisition completed: Orsk Cloud acquirer, Brisa Data target | 3e+09 INR once"]),
    # a known name that opens a longer one ending in a company's word names another company, as written
    # (mentions.known_opens_name); not where the word in between is a company's word itself (the list's company)
    ("Brisa Labs raised $300 million from Mistral Peak Partners and Orsk Capital.",
     ["investment completed: Brisa Labs investee, Mistral Peak Partners investor, Orsk Capital investor | 3e+08 USD "
      "once"]),
    ("Velkor has agreed to buy 10,000 GPUs from Nebius Ridge Systems for $400 million.",
     ["chips announced: Velkor buyer, Nebius Ridge Systems seller | 4e+08 USD once"]),
    ("Samsung Heavy Industries will buy $300 million of servers from Orsk Systems.",
     ["chips announced: Samsung Heavy Industries buyer, Orsk Systems seller | 3e+08 USD once"]),
    # a name under 'for' under deal nouns in the plural, or ranked ones, is the company the deals are told of, which
    # 'the company' of the next sentence refers to (mentions.deals_for_party)
    ("The deal is the latest in a string of agreements for Corvane. Last month the company agreed to rent 50,000 "
     "GPUs from Nimbrel for $3 billion over four years, and in June it signed a $1.5 billion power contract with "
     "Ostrava Energy.",
     ["compute announced: Corvane buyer, Nimbrel seller | 3e+09 USD once",
      "power announced: Corvane buyer, Ostrava Energy seller | 1.5e+09 USD once"]),
    ("The deal is the biggest yet for Corvane. Last month the company agreed to rent 50,000 GPUs from Nimbrel for "
     "$3 billion over four years.",
     ["compute announced: Corvane buyer, Nimbrel seller | 3e+09 USD once"]),
    # investors' 'each' figure, then the round's larger total: the round with every investor, and each one's share
    # (discourse.each_share_total); a valuation after them is no total
    ("Orsk Capital and Brisa Partners each invested $200 million in Quelmar AI's $600 million round.",
     ["investment completed: Orsk Capital investor, Brisa Partners investor, Quelmar AI investee | 6e+08 USD once",
      "investment completed: Orsk Capital investor, Quelmar AI investee | 2e+08 USD once",
      "investment completed: Brisa Partners investor, Quelmar AI investee | 2e+08 USD once"]),
    ("Orsk Capital and Brisa Partners each put $200 million into Quelmar AI's Series C, which totalled $700 million.",
     ["investment announced: Orsk Capital investor, Brisa Partners investor, Quelmar AI investee | 7e+08 USD once",
      "investment announced: Orsk Capital investor, Quelmar AI investee | 2e+08 USD once",
      "investment announced: Brisa Partners investor, Quelmar AI investee | 2e+08 USD once"]),
    ("Orsk Capital and Brisa Partners will each invest $200 million in Quelmar AI, which is valued at $5 billion.",
     ["investment announced: Orsk Capital investor, Quelmar AI investee | 2e+08 USD once",
      "investment announced: Brisa Partners investor, Quelmar AI investee | 2e+08 USD once"]),
    # the subject's second act, reported by 'and said it would ...' with a figure of its own: a deal of its own, its
    # roles read in its own clause (mentions.and_said_pronoun_clause)
    ("Orsk Holdings agreed to acquire Venlo Data for $2.3 billion, and separately said it would sell Palen Fibre to "
     "Castor Networks for $600 million.",
     ["acquisition announced: Orsk Holdings acquirer, Venlo Data target | 2.3e+09 USD once",
      "acquisition announced: Palen Fibre target, Castor Networks acquirer | 6e+08 USD once"]),
    ("Tarvex Cloud signed a $3 billion deal to supply GPUs to Quelmar AI, and said it had also agreed to lease 200 MW "
     "from Brisa Data for $1.1 billion.",
     ["chips announced: Tarvex Cloud seller, Quelmar AI buyer | 3e+09 USD once",
      "datacenter announced: Tarvex Cloud buyer, Brisa Data seller | 1.1e+09 USD once"]),
    # 'from' hung on the goods or site of a deal noun's 'of' phrase: whom they come from (mentions.deal_goods_from)
    ("Tarvex Cloud also signed a $900 million lease of a data centre campus from Ardent Sites.",
     ["datacenter announced: Tarvex Cloud buyer, Ardent Sites seller | 9e+08 USD once"]),
    # a further figure's item naming its side after a longer phrase and 'from' or 'to': a deal of the subject with it,
    # the roles read from the preposition, each item's kind from its own words (candidates.further_item_side)
    ("Orsk Cloud signed two agreements on Monday: a $4 billion contract to supply computing capacity to Quelmar AI "
     "over five years, and a $900 million lease of a data centre campus from Ardent Sites.",
     ["compute announced: Orsk Cloud seller, Quelmar AI buyer | 4e+09 USD once",
      "datacenter announced: Orsk Cloud buyer, Ardent Sites seller | 9e+08 USD once"]),
    # a name of English words taken for a place, listed with names that end in a company's word, is a company
    # (mentions.place_among_companies)
    ("The $600 million investment in Quelmar AI came from Calder Ridge, Brisa Ventures and Orsk Capital.",
     ["investment announced: Quelmar AI investee, Calder Ridge investor, Brisa Ventures investor, Orsk Capital "
      "investor | 6e+08 USD once"]),
    # names, then 'also' and a participle after 'and', close a list: no new clause (mentions.participle_not_clause);
    # a round's stage stands for the round word of the round the speaker reports (mentions.speaker_round_series)
    ("Quelmar AI said Calder Ridge had led its $600 million Series C, with Brisa Ventures, Orsk Capital and Drummond "
     "Growth also taking part.",
     ["investment announced: Calder Ridge investor, Quelmar AI investee, Brisa Ventures investor, Orsk Capital "
      "investor, Drummond Growth investor | 6e+08 USD once"]),
    # a verb of taking a stake with a percentage between them (the '%' a punctuation token; triggers.jsonl), also in
    # a relative clause of 'in which'
    ("Sorrel Grid, in which Quelmar AI took a 15% stake last year for $450 million, is now building a second campus.",
     ["investment completed: Quelmar AI investor, Sorrel Grid investee | 4.5e+08 USD once"]),
    # the speaker as the object 'it' of the reported clause's verb of giving: a party (mentions.speaker_it_object);
    # described in an aside first (roles.speaker_apposition); a maker before its goods is no second side of the
    # reported clause (roles.speaker_reports_brand)
    ("Velkmar said that Brisa Capital had agreed to lend it $900 million.",
     ["investment announced: Brisa Capital investor, Velkmar investee | 9e+08 USD once"]),
    ("Orsk Cloud, a GPU cloud provider, said on Tuesday that Brisa Capital and Harlow Peak had agreed to lend it $900 "
     "million.",
     ["investment announced: Brisa Capital investor, Harlow Peak investor, Orsk Cloud investee | 9e+08 USD once"]),
    ("Orsk Cloud said that Brisa Capital had agreed to lend it $900 million secured by its Nvidia chips.",
     ["investment completed: Brisa Capital investor, Orsk Cloud investee | 9e+08 USD once"]),
    # after a part that states a deal, 'comes as' or ', as' and a name with a deal verb and a figure: a clause of its
    # own, its own deal (mentions.comes_as_deal)
    ("Orsk Cloud bought $2 billion of GPUs from Marrowind, as Dunmore Labs raised $800 million from Brisa Capital.",
     ["chips completed: Orsk Cloud buyer, Marrowind seller | 2e+09 USD once",
      "investment completed: Dunmore Labs investee, Brisa Capital investor | 8e+08 USD once"]),
    ("Orsk Cloud signed a $1.5 billion agreement with Marrowind to buy GPUs, and the deal comes as rival Dunmore Labs "
     "raises $800 million from Brisa Capital.",
     ["chips announced: Orsk Cloud buyer, Marrowind seller | 1.5e+09 USD once",
      "investment completed: Dunmore Labs investee, Brisa Capital investor | 8e+08 USD once"]),
    # a speaker whose own board approves the deal is a party, and no person (mentions.speaker_own_board)
    ("Tesvar Semicon on Monday said its board had approved the acquisition of a 60% stake in Brisa Systems for Rs "
     "900 crore.",
     ["acquisition announced: Tesvar Semicon acquirer, Brisa Systems target | 9e+09 INR once"]),
    # a legal form's full stop before a capitalised closed-class word ends the sentence (mentions.legal_form_stop_word);
    # before a title or a name it does not
    ("Quelmar AI already rents GPUs from Orsk Cloud Inc. In March it agreed to buy the company for $4 billion.",
     ["acquisition announced: Quelmar AI acquirer, Orsk Cloud target | 4e+09 USD once"]),
    ("Pellan Ventures holds 30% of Corvane Robotics Ltd. On Monday it agreed to buy the remaining shares of the "
     "startup for $300 million.",
     ["acquisition announced: Pellan Ventures acquirer, Corvane Robotics target | 3e+08 USD once"]),
    ("Quelmar AI agreed to buy $400 million of servers from Halvane Systems Inc. Chief Executive Mara Lind said the "
     "order would arrive in March.",
     ["chips announced: Quelmar AI buyer, Halvane Systems seller | 4e+08 USD once"]),
    # an 'it' that acts after a longer opener or at a clause's start is the subject; 'the company' after it is the
    # other company named before (mentions.it_opener_object)
    ("Velkmar has long bought chips from Dunmore Labs Inc. But last month it agreed to acquire the company for $700 "
     "million.",
     ["acquisition announced: Velkmar acquirer, Dunmore Labs target | 7e+08 USD once"]),
    ("Harlow Peak led a $50 million round in Corvane Systems last year, and on Friday it agreed to buy the rest of "
     "the company for $450 million.",
     ["investment announced: Harlow Peak investor, Corvane Systems investee | 5e+07 USD once",
      "acquisition announced: Harlow Peak acquirer, Corvane Systems target | 4.5e+08 USD once"]),
    # whose backer, lender, customer or supplier someone is, names a company no list knows (mentions.role_of_name)
    ("Pellan Ventures is an early investor in Marrowby. The fund put $90 million into the startup on Monday.",
     ["investment announced: Pellan Ventures investor, Marrowby investee | 9e+07 USD once"]),
    ("Halvane Systems has been a supplier to Quistor Robotics since 2023. On Tuesday the robot maker agreed to buy "
     "$200 million of servers from Halvane.",
     ["chips announced: Quistor Robotics buyer, Halvane seller | 2e+08 USD once"]),
    ("Brisa Capital is among the largest investors in Europe. It agreed to put $300 million into Orsk Cloud.",
     ["investment announced: Brisa Capital investor, Orsk Cloud investee | 3e+08 USD once"]),
    # 'The order comes after an earlier $250 million order from X': the earlier deal with the one name is the last
    # subject's (mentions.follows_earlier_deal)
    ("Halvane Systems agreed to sell $600 million of servers to Dunmore Labs. The order comes after an earlier $250 "
     "million order from Corvane Robotics.",
     ["chips announced: Halvane Systems seller, Dunmore Labs buyer | 6e+08 USD once",
      "chips announced: Halvane Systems seller, Corvane Robotics buyer | 2.5e+08 USD once"]),
    ("Quelmar AI raised $300 million from Brisa Capital on Tuesday. The round follows a $120 million round led by "
     "Pellan Ventures last year.",
     ["investment completed: Quelmar AI investee, Brisa Capital investor | 3e+08 USD once",
      "investment announced: Quelmar AI investee, Pellan Ventures investor | 1.2e+08 USD once"]),
    # a name set off by commas as an apposition speaks when its closing comma is followed by the verb of saying
    # (mentions.apposition_speaker)
    ("The startup, Lumora, said Kestrava led the $60 million round, with Fennick and Sollary participating.",
     ["investment announced: Kestrava investor, Lumora investee, Fennick investor, Sollary investor | 6e+07 USD once"]),
    ("The cloud provider, Orskel, said Brisa Capital will invest $200 million in the company.",
     ["investment announced: Brisa Capital investor, Orskel investee | 2e+08 USD once"]),
    ("The chip designer, Halvexa, said on Monday that Pellan Ventures had co-led the $45 million financing.",
     ["investment announced: Pellan Ventures investor, Halvexa investee | 4.5e+07 USD once"]),
    # 'from' hung on a figure's currency or scale word: the name after it is the source, whatever its label
    # (mentions.money_word_with_name)
    ("Orvion Cloud has secured Rs 2,000 crore from Konkana and Malabari to build a campus near Mumbai.",
     ["investment completed: Orvion Cloud investee, Konkana investor, Malabari investor | 2e+10 INR once"]),
    # every figure inside a relative clause on a name, before the trigger: the main deal has none
    # (candidates.figure_only_in_name_aside)
    ("Brisa Capital, which manages $40 billion, has agreed to invest in Tarvex Data.",
     ["investment announced: Brisa Capital investor, Tarvex Data investee"]),
    ("Pellan Ventures, which closed a $1.2 billion fund in March, led Marrowby's Series B round.",
     ["investment completed: Pellan Ventures investor, Marrowby investee"]),
    # a second verb phrase of the same subject with its own deal word and counterparty is a deal of its own, figures or
    # none (mentions.shared_subject_own_sides); one object of two verbs is one deal
    ("Quelmar AI will buy 10,000 accelerators from Halvane Systems and lease a 60 MW hall from Tarvex Data.",
     ["chips announced: Quelmar AI buyer, Halvane Systems seller",
      "datacenter announced: Quelmar AI buyer, Tarvex Data seller"]),
    ("Orsk Cloud will supply 200 MW of capacity to Velkmar and buy 30,000 GPUs from Halvane Systems.",
     ["compute announced: Orsk Cloud seller, Velkmar buyer",
      "chips announced: Orsk Cloud buyer, Halvane Systems seller"]),
    ("Velkmar will buy and deploy 50,000 GPUs from Halvane Systems.",
     ["chips announced: Velkmar buyer, Halvane Systems seller"]),
    # capacity or goods 'lined up', 'locked in', 'tied up' from a provider: bought (triggers.jsonl, as 'obtain ...
    # from')
    ("Velkmar has lined up 40,000 GPUs from Halvane Systems for its new cluster.",
     ["chips announced: Velkmar buyer, Halvane Systems seller"]),
    ("Quelmar AI has lined up capacity from three providers: Orsk Cloud ($2 billion), Tarvex Data ($1.5 billion) and "
     "Marrowby ($700 million).",
     ["compute announced: Quelmar AI buyer, Orsk Cloud seller | 2e+09 USD once",
      "compute announced: Quelmar AI buyer, Tarvex Data seller | 1.5e+09 USD once",
      "compute announced: Quelmar AI buyer, Marrowby seller | 7e+08 USD once"]),
    # ', and' and a new subject whose verb is a deal word of the patterns, each side with its figure: two deals
    # (mentions.and_clause_trigger)
    ("Orsk Cloud will supply $2 billion of GPU capacity to Quelmar AI, and Pellan Ventures put $90 million into "
     "Marrowby.",
     ["compute announced: Orsk Cloud seller, Quelmar AI buyer | 2e+09 USD once",
      "investment announced: Pellan Ventures investor, Marrowby investee | 9e+07 USD once"]),
    # a company's holders who receive money or shares are paid for what they hold: no deal (candidates.holders_paid)
    ("Corvane Robotics agreed to acquire Dunmore Labs for $1.1 billion. The acquisition, which Corvane expects to "
     "close in March, will be paid in cash and stock. Dunmore's investors, including Pellan Ventures, will receive "
     "about $400 million in Corvane shares.",
     ["acquisition announced: Corvane acquirer, Dunmore target | 1.1e+09 USD once"]),
    ("Halvane Systems will buy Sorrel Semiconductor for $900 million. Sorrel's shareholders will get $600 million in "
     "cash and the rest in Halvane stock.",
     ["acquisition announced: Halvane acquirer, Sorrel Semiconductor target | 9e+08 USD once"]),
    # a generating site named like a company, its last word 'Farm', 'Array' or 'Dam', is no party
    # (mentions.facility_name with context list facility_tails and slots.yaml not_org_heads); a name whose own last
    # word is 'Farm' is still a name
    ("Halden Energy will sell power from its Cedar Ridge Wind Farm to Quelmar AI under a $700 million, 20-year "
     "agreement.",
     ["power announced: Halden Energy seller, Quelmar AI buyer | 7e+08 USD once"]),
    ("Orsk Power will sell the output of its Mesa Verde Solar Array to Velkmar for $300 million.",
     ["power announced: Orsk Power seller, Velkmar buyer | 3e+08 USD once"]),
    ("Mossgate Farm invested $50 million in Marrowby.",
     ["investment completed: Mossgate Farm investor, Marrowby investee | 5e+07 USD once"]),
    # after the subjects that took part in the round just told, one more named after ', alongside' or ', along with',
    # a word that describes an investor between (discourse.took_part_alongside)
    ("Korvale Robotics closed a $95 million round last week. Brisa Capital and Ostmere Growth also participated, "
     "alongside new investor Tallis Fund.",
     ["investment completed: Korvale Robotics investee, Brisa Capital investor, Ostmere Growth investor, "
      "Tallis Fund investor | 9.5e+07 USD once"]),
    ("Nesbit AI raised $40 million. Existing backers Harrow Ventures and Quell Partners also took part, along with "
     "Dunmore Capital and Selwyn Fund.",
     ["investment completed: Nesbit AI investee, Harrow Ventures investor, Quell Partners investor, "
      "Dunmore Capital investor, Selwyn Fund investor | 4e+07 USD once"]),
    # a round with no owner, its leader told, then ', X said' with when or where it said so: the round is the
    # speaker's (mentions.speaker_round_when)
    ("The $45 million round was co-led by Harrow Ventures and Quell Partners, Tamsin Robotics said in a statement.",
     ["investment announced: Tamsin Robotics investee, Harrow Ventures investor, Quell Partners investor | "
      "4.5e+07 USD once"]),
    ("The round was led by Brisa Capital, Orvell Labs said today.",
     ["investment announced: Orvell Labs investee, Brisa Capital investor"]),
    # one more contract ('a second', 'another', 'a further') of a party of the trade just told, with a company that
    # trade did not have, names nothing traded: the same kind, the party in its role (discourse.another_of_kind)
    ("Halvane Labs will buy $400 million of chips from Quorra Semiconductor. Halvane has also struck another agreement "
     "with Ostrix Devices worth $150 million.",
     ["chips announced: Halvane buyer, Quorra Semiconductor seller | 4e+08 USD once",
      "chips announced: Halvane buyer, Ostrix Devices seller | 1.5e+08 USD once"]),
    ("Pellan Cloud will provide computing capacity to Marrow AI under a $700 million contract. Last week Pellan signed "
     "a third deal, with Tesker Labs, valued at $250 million.",
     ["compute announced: Pellan seller, Marrow AI buyer | 7e+08 USD once",
      "compute announced: Pellan seller, Tesker Labs buyer | 2.5e+08 USD once"]),
    # a subject that took part in the round just told, described between commas before its verb
    # (discourse.took_part_apposition)
    ("Orlin Data closed a $30 million round led by Brisa Capital. Quenby Systems, its largest customer, also took "
     "part.",
     ["investment completed: Orlin Data investee, Brisa Capital investor, Quenby Systems investor | 3e+07 USD once"]),
    # a deal the buyer will not go ahead with is no deal (cues.yaml negated: 'not proceed with')
    ("Velkor said it would not proceed with its planned $1 billion purchase of Orsk Networks.", []),
    ("Tamsin Labs will not go ahead with the $300 million acquisition of Corvell Data, it said on Friday.", []),
    # a thing's word that describes a company ('the server maker') names no thing 'it' might be: 'it' is the last
    # subject (mentions.thing_describes_company); a thing named ('its newest server') still is
    ("The server maker Dunlin Hardware has 400 employees. Marrow Group will buy it for $800 million.",
     ["acquisition announced: Marrow Group acquirer, Dunlin Hardware target | 8e+08 USD once"]),
    ("Dunlin Hardware showed its newest server on Monday. Marrow Group will buy it for $800 million.", []),
    # a company an aside says the names before back, when another company is named after the aside, is no party of the
    # sentence's deal (mentions.investor_in_aside after a list; candidates.investor_in_apposition lets the deal of a
    # sentence with ', an investor in X,' stand); with none after, it is the round's company
    ("Sallow Capital, a longtime backer of Quenby Systems, will invest $80 million in Marlow AI.",
     ["investment announced: Sallow Capital investor, Marlow AI investee | 8e+07 USD once"]),
    ("Ostmere Partners, an investor in Velkor, has agreed to put $30 million into Dalby Robotics.",
     ["investment announced: Ostmere Partners investor, Dalby Robotics investee | 3e+07 USD once"]),
    ("Korran Capital and Vesper Fund, both investors in Tamsin AI, put $25 million into Ostrel Robotics.",
     ["investment announced: Korran Capital investor, Vesper Fund investor, Ostrel Robotics investee | "
      "2.5e+07 USD once"]),
    ("Halvern Ventures, an investor in Tessly, led its $50 million round.",
     ["investment announced: Halvern Ventures investor, Tessly investee | 5e+07 USD once"]),
    # a similar agreement told after a round is like the last trade told (discourse.similar_to_last_trade)
    ("Orsk Data will lease 90 MW of data-centre space to Velmora AI for $2 billion. Velmora raised $800 million from "
     "Brisa Capital in May. Orsk signed a similar $600 million deal with Quenby Labs in 2024.",
     ["datacenter announced: Orsk seller, Velmora buyer | 2e+09 USD once",
      "investment completed: Velmora investee, Brisa Capital investor | 8e+08 USD once",
      "datacenter announced: Orsk seller, Quenby Labs buyer | 6e+08 USD once"]),
    # a dollar sign with its country's prefix ('US$', 'S$', 'A$') reads as '$' does where a pattern needs the sign
    # (context.SIGN)
    ("Marrow Capital is buying a 30% stake in Kintra Data. The deal values Kintra at US$9 billion and Marrow will "
     "pay US$2.7 billion.",
     ["investment announced: Marrow investor, Kintra investee | 2.7e+09 USD once"]),
    ("The record was the US$10 billion series J closed by Brantix last December, as well as the US$6.6 billion "
     "raised by Orvane at a US$157 billion valuation last October.",
     ["investment completed: Brantix investee | 1e+10 USD once",
      "investment completed: Orvane investee | 6.6e+09 USD once"]),
    # a deal won whose infinitive tells what the subject does in it: the infinitive's verb gives the sides
    # (roles.deal_to_verb); a contract won to supply keeps the winner the seller
    ("Palvex AI has won a $400 million contract to buy servers from Dunmore Systems.",
     ["chips announced: Palvex AI buyer, Dunmore Systems seller | 4e+08 USD once"]),
    ("Dunmore Systems has won a $400 million contract to supply servers to Palvex AI.",
     ["chips announced: Dunmore Systems seller, Palvex AI buyer | 4e+08 USD once"]),
    # 'has taken over' a company, as 'took over' does (triggers.jsonl)
    ("Kestrel Cloud has taken over Pellucid Networks in a deal valued at $880 million.",
     ["acquisition completed: Kestrel Cloud acquirer, Pellucid Networks target | 8.8e+08 USD once"]),
    # one round told twice, each telling with investors the other lacks, one of them several: one record
    # (merging.same_round); one investor each (two shares) or two years (two rounds) stay apart
    ("Harlow Robotics said it had raised $80 million in a round anchored by Brisa Capital.\n\nThe company's chief "
     "executive said demand was strong.\n\nOstmere Partners, Quell Ventures and Dalby Fund invested $80 million in "
     "Harlow Robotics, according to a filing.",
     ["investment completed: Harlow Robotics investee, Brisa Capital investor, Ostmere Partners investor, "
      "Quell Ventures investor, Dalby Fund investor | 8e+07 USD once"]),
    ("Tessly raised $100 million from Orsk Capital in 2023. In 2025 it raised $100 million from Brisa Capital and "
     "Quell Ventures.",
     ["investment completed: Tessly investee, Orsk Capital investor | 1e+08 USD once",
      "investment completed: Tessly investee, Brisa Capital investor, Quell Ventures investor | 1e+08 USD once"]),
    # goods a partner sells or supplies to the venture the partners formed are the venture's: the partnership stays
    # (discourse.venture_supplied); a sale between the two, or supplying 'its' plants, is a trade
    ("Halvex Power and Tarrin Capital have formed a joint venture to build AI campuses in Texas. Halvex will sell "
     "electricity to the venture under a 20-year contract.",
     ["partnership announced: Halvex partner, Tarrin Capital partner"]),
    ("French utility Orvelle and infrastructure investor Kestrin Partners have formed a joint venture to build data "
     "centres in Spain. Orvelle will hold 51% of the venture and supply it with low-carbon power.",
     ["partnership announced: Orvelle partner, Kestrin Partners partner"]),
    ("Halvex Power and Tarrin Capital have formed a joint venture to build AI campuses in Texas. Under the agreement, "
     "Tarrin will buy power from Halvex for $2 billion.",
     ["power announced: Halvex seller, Tarrin buyer | 2e+09 USD once"]),
    ("Tamrin Power and Quadrel, an AI cloud company, have signed a 10-year agreement. Tamrin will supply 350 MW from "
     "its gas plants in Texas.",
     ["power announced: Tamrin seller, Quadrel buyer"]),
    # a site noun after a preposition is what the goods are for, not the seller's site bought (type.site_bought)
    ("Quarrel will also buy chips worth $2 billion from Velkara Semiconductor for the sites, it said.",
     ["chips announced: Quarrel buyer, Velkara Semiconductor seller | 2e+09 USD once"]),
    ("Dunmore will buy GPUs from Orsk Labs for its campus in Texas for $90 million.",
     ["chips announced: Dunmore buyer, Orsk Labs seller | 9e+07 USD once"]),
    # a contract won 'from' a described side: that side awarded it and buys, whatever its noun (roles.unnamed_awarder);
    # a relative clause closed by ', to' and a verb sits in the middle (mentions.relative_infinitive_end)
    ("Orsk Networks said it has won a contract from a major cloud provider to supply 4,000 GPUs worth $150 million.",
     ["chips announced: Orsk Networks seller | 1.5e+08 USD once"]),
    ("Tessaly bought 4,000 servers worth $200 million from a European cloud provider.",
     ["chips completed: Tessaly buyer | 2e+08 USD once"]),
    ("Halvern Data has signed a lease with a hyperscaler, which it declined to name, to host 200 MW of AI servers at "
     "its Ohio campus for $1.4 billion.",
     ["datacenter announced: Halvern Data seller | 1.4e+09 USD once"]),
    ("Quenlo struck a $300 billion deal with Marrowind, which in turn agreed to buy $40 billion of chips from Stellix.",
     ["partnership announced: Quenlo partner, Marrowind partner | 3e+11 USD once",
      "chips announced: Marrowind buyer, Stellix seller | 4e+10 USD once"]),
    # the words describing a side not named are no cue where goods are named outside them
    # (type.unnamed_side_described); alone they still tell the kind
    ("Brisk Power has agreed to supply 300 MW to a large data center operator for $900 million.",
     ["power announced: Brisk Power seller | 9e+08 USD once"]),
    ("Kelvar Semiconductor won a $2 billion order from a leading AI cloud provider for its inference accelerators.",
     ["chips announced: Kelvar Semiconductor seller | 2e+09 USD once"]),
    ("Tessaly signed a $500 million deal with a cloud provider.",
     ["compute announced: Tessaly buyer | 5e+08 USD once"]),
    # talks told as over leave the status to the verb (type.talks_over); a stake told by its worth is held, its
    # figure no amount (mentions.stake_worth)
    ("After lengthy negotiations, Kessa AI agreed to rent 5,000 GPUs from Orlin Cloud for $600 million.",
     ["compute announced: Kessa AI buyer, Orlin Cloud seller | 6e+08 USD once"]),
    ("Velkor is in talks to buy Orsk Labs for $2 billion after months of negotiations with its founders.",
     ["acquisition talks: Velkor acquirer, Orsk Labs target | 2e+09 USD once"]),
    ("Harrow Ventures' 8% stake in Tessaly Compute is now worth roughly $900 million, a filing showed.", []),
    ("Brisa Capital bought a 10% stake in Lumora AI for $400 million in March; the stake is now worth about $4 "
     "billion.",
     ["investment completed: Brisa Capital investor, Lumora AI investee | 4e+08 USD once"]),
    # a name joined by 'of' is what its words before 'of' say (mentions.name_head_of); a public body's 'of' list stops
    # before a company's name (mentions.company_after_body)
    ("The order, worth $60 million, was placed with Quillar Networks by the Department of Digital Services.", []),
    ("The Department of Digital Services placed a $60 million order with Quillar Networks for GPU servers.",
     ["chips announced: Department of Digital Services buyer, Quillar Networks seller | 6e+07 USD once"]),
    ("The Ministry of Industry and Orvello Compute signed a $250 million agreement for computing capacity.",
     ["compute announced: Ministry of Industry buyer, Orvello Compute seller | 2.5e+08 USD once"]),
    ("The Ministry of Trade and Industry signed a $250 million agreement with Orvello Compute for computing capacity.",
     ["compute announced: Ministry of Trade and Industry buyer, Orvello Compute seller | 2.5e+08 USD once"]),
    # a parent's possessive before a unit's noun names the parent, not the unit's short form (mentions.unit_of_parent)
    ("Tamsin's venture arm, Tamsin Ventures, led a $12 million seed round in Corvello AI.",
     ["investment announced: Tamsin Ventures investor, Corvello AI investee | 1.2e+07 USD once"]),
    # a round told without its owner in what a company says is that company's (roles.round_reporter)
    ("Corvello Systems said its $45 million Series B attracted Tamsin Ventures and Harrow Capital.",
     ["investment announced: Corvello Systems investee, Tamsin Ventures investor, Harrow Capital investor | 4.5e+07 "
      "USD once"]),
    # the companies an investor described in an aside backs, listed, are no parties (candidates.investor_in_apposition,
    # roles.apposition_description); a deal likened to another is cut from it (mentions.compared_deal)
    ("Ormond Capital, an investor in Brisa AI and Pellam Labs, led a $35 million Series A in Quenvia.",
     ["investment announced: Ormond Capital investor, Quenvia investee | 3.5e+07 USD once"]),
    ("Ormond Capital, a backer of Brisa AI, Pellam Labs and Tarvex, put $15 million into Quenvia Systems.",
     ["investment announced: Ormond Capital investor, Quenvia Systems investee | 1.5e+07 USD once"]),
    ("Dalvero signed a $700 million agreement with Hestia Cloud for GPU capacity, similar to the one Hestia struck with "
     "Marlo AI in June.",
     ["compute announced: Dalvero buyer, Hestia seller | 7e+08 USD once"]),
    # a payer named by what it owns pays the price of the deal told before (discourse.payment_of_told_deal); a phrase
    # naming a known product's maker, named just before, is that maker (mentions.phrase_names_maker)
    ("Meta has agreed to rent chips from Google. The Facebook owner will pay the search giant more than $10 billion "
     "over six years.",
     ["compute announced: Meta buyer, Google seller | 1e+10 USD once"]),
    ("OpenAI signed an agreement with Castellan Semiconductor on Monday. The ChatGPT maker will buy $3 billion of "
     "networking chips from the company over four years.",
     ["chips announced: OpenAI buyer, Castellan Semiconductor seller | 3e+09 USD once"]),
    # 'the giant', 'the conglomerate' opening a clause stand for the last subject (mentions.general_noun_subject); in
    # an apposition they describe the name before them
    ("Tarrow Ventures has agreed to invest in Quillon Robotics. The venture giant will put $400 million into the "
     "startup.",
     ["investment announced: Tarrow Ventures investor, Quillon Robotics investee | 4e+08 USD once"]),
    ("Orsk Labs raised $50 million from Brisa Capital last year. Tarrow Ventures, the venture capital giant, plans to "
     "invest $400 million in Quillon Robotics.",
     ["investment completed: Orsk Labs investee, Brisa Capital investor | 5e+07 USD once",
      "investment talks: Tarrow Ventures investor, Quillon Robotics investee | 4e+08 USD once"]),
    # the earlier deals of the same company a trade is likened to are trades of its kind (discourse.follows_same_kind)
    ("Velkara Labs will buy $2 billion of power from Brisk Energy over ten years. The agreement comes after Velkara's "
     "$900 million deal with Tamsin Utilities last year.",
     ["power announced: Velkara buyer, Brisk Energy seller | 2e+09 USD once",
      "power announced: Velkara buyer, Tamsin Utilities seller | 9e+08 USD once"]),
    ("Orvane Cloud will supply GPU capacity to Lumora AI for $1.5 billion. The contract follows Orvane's $700 million "
     "agreement with Quessa Labs in May.",
     ["compute announced: Orvane seller, Lumora AI buyer | 1.5e+09 USD once",
      "compute announced: Orvane seller, Quessa Labs buyer | 7e+08 USD once"]),
    # what a company spends on things of its own is a budget, no deal's amount (mentions.spent_on_things)
    ("Tamsin Power said it would spend $3 billion on new gas plants, and signed a 20-year deal to supply 500 MW to "
     "Halvex Data.",
     ["power announced: Tamsin Power seller, Halvex Data buyer"]),
    ("Velmora agreed to spend $500 million to acquire Tessaly Robotics.",
     ["acquisition announced: Velmora acquirer, Tessaly Robotics target | 5e+08 USD once"]),
    # a rival named as its clause's subject may have an aside after it (roles.rival_subject_aside); the one who did as
    # the round's backers did may be described after its article (discourse.as_did)
    ("Velkara raised $90 million this week. Rival Tessin, founded in 2021, closed a $40 million round led by Orvell "
     "Partners in May.",
     ["investment completed: Velkara investee | 9e+07 USD once",
      "investment completed: Tessin investee, Orvell Partners investor | 4e+07 USD once"]),
    ("Pellam Robotics raised $75 million led by Harrow Ventures. Ashby Capital also took part, as did the state "
     "investment bank Vestra Bank.",
     ["investment completed: Pellam Robotics investee, Harrow Ventures investor, Ashby Capital investor, Vestra Bank "
      "investor | 7.5e+07 USD once"]),
    # electricity made on site is power (cues.yaml type_cues: 'backup generation', 'on-site power')
    ("Halvex Data signed a $120 million agreement with Orsk Gas for backup generation at its Ohio campus.",
     ["power announced: Halvex Data buyer, Orsk Gas seller | 1.2e+08 USD once"]),
    # the one given access to capacity buys it, an aside on it between (triggers.jsonl: a giving verb, a name, its
    # description between commas, 'access to'; roles.given_access)
    ("The deal gives Castor Compute, the cloud arm of Heliant, access to 100,000 GPUs from Morrow Systems, in a "
     "contract valued at $4 billion.",
     ["compute announced: Morrow Systems seller, Castor Compute buyer | 4e+09 USD once"]),
    # members of a round's investor list, each with its share in a relative clause: the round lists them all, each
    # share its own record (roles.member_after_relative, discourse.member_share_in_relative, share_no_round)
    ("Pellin Robotics closed a $90 million Series B. Backers include Tamsin Growth, which invested $40 million, and "
     "Ashby Capital, which contributed $20 million.",
     ["investment completed: Pellin Robotics investee, Tamsin Growth investor, Ashby Capital investor | 9e+07 USD once",
      "investment completed: Tamsin Growth investor, Pellin Robotics investee | 4e+07 USD once",
      "investment announced: Ashby Capital investor, Pellin Robotics investee | 2e+07 USD once"]),
    ("Lumeral raised EUR 120 million. Coriande Partners put in EUR 50 million. Vestra Bank and Ashby Capital also "
     "joined the round.",
     ["investment completed: Lumeral investee, Coriande Partners investor, Vestra Bank investor, Ashby Capital "
      "investor | 1.2e+08 EUR once",
      "investment announced: Coriande Partners investor, Lumeral investee | 5e+07 EUR once"]),
    # a relative clause on the buyer, then another sentence's company after 'and': no member of a list there
    ("Halvex Cloud, which agreed to buy $2 billion of servers from Perrindale Systems, and Ostrava Cloud are rivals.",
     ["chips announced: Halvex Cloud buyer, Perrindale Systems seller | 2e+09 USD once"]),
    # the rooms of a data centre are a site (cues.yaml type_cues: 'data hall')
    ("Brindle Construction won a $600 million contract from Quorra Data to build two data halls in Arizona.",
     ["datacenter announced: Brindle Construction seller, Quorra Data buyer | 6e+08 USD once"]),
    # a clause of time with another company saying it made a deal, after a deal with no figure: two deals
    # (mentions.time_clause_unsized)
    ("Pemdrik Labs agreed to rent servers from Tessaly Cloud, days after Orvane said it would acquire Lumen "
     "Photonics for $900 million.",
     ["compute announced: Pemdrik Labs buyer, Tessaly Cloud seller",
      "acquisition announced: Orvane acquirer, Lumen Photonics target | 9e+08 USD once"]),
    # money put into a site a named tenant takes finances the site: the giver provides, the tenant takes
    # (type.site_for_tenant; guideline 6); money put into the company that runs a site stays an investment
    ("Ostrell Partners will put $750 million into a campus near Dallas that will be leased to Quenby AI.",
     ["datacenter announced: Ostrell Partners seller, Quenby AI buyer | 7.5e+08 USD once"]),
    ("Ostrell Partners will invest $750 million in Quenby AI, which runs a campus near Dallas.",
     ["investment announced: Ostrell Partners investor, Quenby AI investee | 7.5e+08 USD once"]),
    # a relative clause on the subject with a name of its own and no figure is read apart: it gives the main deal no
    # type, status or party, and no deal of its own (mentions.middle_relative_unsized)
    ("Tessin Robotics, which Ostrell Ventures backs, agreed to buy $80 million of servers from Perrindale Systems.",
     ["chips announced: Tessin Robotics buyer, Perrindale Systems seller | 8e+07 USD once"]),
    # a further figure that the subject paid a name of its own, with 'in addition to' or 'on top of'
    # (candidates.further_paid_relative; context.yaml separate_figure)
    ("Velkor will pay Orsk Cloud $2 billion for capacity, in addition to the $1 billion it already agreed to pay "
     "Halvex Cloud.",
     ["compute announced: Velkor buyer, Orsk Cloud seller | 2e+09 USD once",
      "compute announced: Velkor buyer, Halvex Cloud seller | 1e+09 USD once"]),
    # talks with investors about an investment of a figure: the kinds say who invests (triggers.jsonl); a description
    # in the noun's 'in' is the subject, the one talked with invests (roles.investment_in_described)
    ("Quenby AI is in discussions with Orchid Partners and Lark Fund about a possible $250 million investment.",
     ["investment talks: Quenby AI investee, Orchid Partners investor, Lark Fund investor | 2.5e+08 USD once"]),
    ("Quessel is negotiating with Brindle Ventures over a $90 million investment in the company.",
     ["investment talks: Quessel investee, Brindle Ventures investor | 9e+07 USD once"]),
    # an order won from a described buyer, the goods between: the one named sells (roles.awarder_after_goods)
    ("Mirrow Labs has won a $120 million order for inference chips from a large cloud provider.",
     ["chips announced: Mirrow Labs seller | 1.2e+08 USD once"]),
    # grants awarded to a company named before the figure, a hedge and the figure between (triggers.jsonl: a verb of
    # giving, up to nine words, grants or subsidies)
    ("The Energy Ministry awarded Corrimal Semiconductor up to $1.2 billion in grants for a new fab.",
     ["investment announced: Energy Ministry investor, Corrimal Semiconductor investee | 1.2e+09 USD once"]),
    # time on accelerators bought by the hour is computing (cues.yaml 'GPU hours'); a verb of taking power off a
    # plant buys it (triggers.jsonl: 'offtake')
    ("Velkara has reserved $600 million of GPU hours on Tessaly Cloud's platform.",
     ["compute announced: Velkara buyer, Tessaly Cloud seller | 6e+08 USD once"]),
    ("Brimvale Data will offtake 300 MW from Orsk Nuclear's planned reactors in Idaho.",
     ["power announced: Brimvale Data buyer, Orsk Nuclear seller"]),
    # a deal's total paid by the year is no agreement of its own (discourse.payment_schedule); a payment for more is
    ("Brindle Data signed a $3 billion agreement to lease a campus to Quenby AI for ten years. Quenby will pay "
     "Brindle about $300 million a year.",
     ["datacenter announced: Brindle seller, Quenby buyer | 3e+09 USD once"]),
    # a figure in a relative clause on the round told says what it holds; the sentence adds its investors
    # (discourse.round_parts_aside)
    ("Tessaly Robotics raised $90 million. The round, which comprises $20 million of venture debt, was led by "
     "Harrow Ventures.",
     ["investment completed: Tessaly Robotics investee, Harrow Ventures investor | 9e+07 USD once"]),
    # two names joined by a hyphen before a noun of a deal are its sides (mentions.hyphen_pair); not two English
    # words ('the Sino-US trade deal' names no company)
    ("The $700 million Brimvale-Ostrix power agreement runs for 20 years.",
     ["power announced: Brimvale buyer, Ostrix seller | 7e+08 USD once"]),
    ("The Anglo-French agreement covers $40 billion of nuclear power.", []),
    # money committed together to a new company is a joint venture (type.joint_commitment); committed to things is
    # their own spending, no deal
    ("Kelvane and Ostrix together pledged about $2 billion to a newly formed company that will develop AI campuses.",
     ["partnership announced: Kelvane partner, Ostrix partner | 2e+09 USD once"]),
    ("Kelvane and Ostrix committed $2 billion to data centres in Spain.", []),
    # the side chosen as a supplier sells (roles.role_named_chosen); the owner of the supercomputer the goods are for
    # buys (context.yaml site_nouns: 'supercomputer'; mentions.served_site)
    ("Ostrix has been selected as the sole provider of servers for Kelvane's new supercomputer under a $400 million "
     "contract.",
     ["chips announced: Ostrix seller, Kelvane buyer | 4e+08 USD once"]),
    # after a sentence naming only investors of the round, 'the startup' is the last subject that is no investor
    # (mentions.subject_past_investors; 'also joined.' names the round left unsaid, mentions.investor_not_subject)
    ("Brenvik Labs closed a $90 million round led by Torrance Ventures. Returning investors Ashgrove Capital and "
     "Pemberly Partners also joined. The startup had raised $20 million last year from Callowmere Fund.",
     ["investment completed: Brenvik Labs investee, Torrance Ventures investor, Ashgrove Capital investor, Pemberly "
      "Partners investor | 9e+07 USD once",
      "investment completed: Brenvik Labs investee, Callowmere Fund investor | 2e+07 USD once"]),
    ("Brenvik Labs closed a $90 million round. Ashgrove Capital and Pemberly Partners were among its backers. The "
     "developer had raised $20 million last year from Callowmere Fund.",
     ["investment completed: Brenvik Labs investee | 9e+07 USD once",
      "investment completed: Brenvik Labs investee, Callowmere Fund investor | 2e+07 USD once"]),
    # ', and has since raised': a second verb of the subject after an auxiliary, a deal of its own; the name of the
    # clause before is no investor (mentions.shared_subject_aux)
    ("Yarnell Compute signed a hosting agreement with Dorvane, its biggest customer, and has since raised $450 "
     "million.",
     ["datacenter announced: Yarnell Compute seller, Dorvane buyer",
      "investment completed: Yarnell Compute investee | 4.5e+08 USD once"]),
    # 'to purchase GPUs from X': the infinitive's own source, no investor (roles.purpose_from)
    ("Yarnell Compute has raised $450 million in debt to purchase GPUs from Ostrix Semiconductor.",
     ["investment completed: Yarnell Compute investee | 4.5e+08 USD once"]),
    # the receiver of warrants before an aside and its verb (discourse.warrant_receiver_aside; guideline 7)
    ("Quilvane Cloud agreed to supply Marrisa with $900 million of GPU capacity. Marrisa, a Toronto lab that builds "
     "coding models, will receive warrants for 3% of Quilvane Cloud.",
     ["compute announced: Quilvane Cloud seller, Marrisa buyer | 9e+08 USD once",
      "investment announced: Marrisa investor, Quilvane Cloud investee"]),
    # the tenant of a financed site, told in a clause on the site, is no lender (roles.financed_site_tenant)
    ("Olvera Digital has secured a $700 million loan from Brackwell Bank for its campus in Reno, which is leased to "
     "Senthra AI.",
     ["datacenter completed: Olvera Digital buyer, Brackwell Bank seller | 7e+08 USD once"]),
    # a company chose another to supply it: a deal without a figure (candidates.chosen_to_supply); a choice for
    # something no trade is none
    ("Castrel has picked Ynvora Cloud to provide computing capacity for its research cluster.",
     ["compute announced: Castrel buyer, Ynvora Cloud seller"]),
    ("Castrel has selected Ynvora Systems to lead its public listing.", []),
    # ', the latest in a series of agreements that included ...': the deals listed are others
    # (mentions.deal_series_clause); 'a series of' is no round (type.series_of_not_cue)
    ("Marlo AI agreed to lease 80 MW from Tressing Data for $1.1 billion, the latest in a series of agreements that "
     "included Fenwick's $4 billion contract with Ulmar.",
     ["datacenter announced: Marlo AI buyer, Tressing Data seller | 1.1e+09 USD once",
      "partnership announced: Fenwick partner, Ulmar partner | 4e+09 USD once"]),
    # 'X-backed Y raises': the backer describes the raiser, no investor of this round (roles.backed_names_raiser);
    # before the round word, it leads the round (roles.led_compound)
    ("Halbrin-backed Sorvela raises $35 million for its inference platform.",
     ["investment completed: Sorvela investee | 3.5e+07 USD once"]),
    ("Sorvela raised $35 million in a Halbrin Capital-backed round.",
     ["investment completed: Sorvela investee, Halbrin Capital investor | 3.5e+07 USD once"]),
    # 'power supply to its data center': the goods supplied, not where they go, give the type (type.goods_supply_noun)
    ("Kennet Energy wins $60 million contract from Arlo Compute for power supply to its Nevada data center.",
     ["power announced: Kennet Energy seller, Arlo Compute buyer | 6e+07 USD once"]),
    # a venture (a consortium) that opens the sentence with its members named: the members are its subject
    # (roles.venture_subject_members), all on one side
    ("A venture formed by Harlow Capital and Tamsin Digital secured a $900 million loan from Quarn Bank for a 200 MW "
     "campus in Ohio.",
     ["datacenter completed: Harlow Capital buyer, Tamsin Digital buyer, Quarn Bank seller | 9e+08 USD once"]),
    ("The joint venture of Harlow Capital, Brisa Energy and Tamsin Digital has raised $900 million from Quarn Bank.",
     ["investment completed: Harlow Capital investee, Brisa Energy investee, Tamsin Digital investee, Quarn Bank "
      "investor | 9e+08 USD once"]),
    # 'rival chipmaker X' that opens its clause makes its own deal (roles.rival_descriptor_subject); a rival named
    # after the deal is none
    ("Its rival chipmaker Pellidor agreed to buy Saxwin Systems for $700 million.",
     ["acquisition announced: Pellidor acquirer, Saxwin Systems target | 7e+08 USD once"]),
    ("Saxwin Systems agreed to sell its chip unit to Quarbel for $700 million, a blow to rival chipmaker Pellidor.",
     ["acquisition announced: Saxwin Systems target, Quarbel acquirer | 7e+08 USD once"]),
    # buying bare 'power' for a site is electricity (type.bare_power_object)
    ("Saxwin Systems is in talks with Dorrel Utilities about buying power for its new campus in Ohio.",
     ["power talks: Saxwin Systems buyer, Dorrel Utilities seller"]),
    # the clause on what each side of an agreement between two names does: 'the state' is the government, 'the
    # company' the other (mentions.agreement_sides)
    ("The Dutch government and Varnoth signed an agreement under which the state will invest 200 million euros in "
     "the company's new data centre.",
     ["investment announced: Dutch government investor, Varnoth investee | 2e+08 EUR once"]),
    # goods right before 'valued at': the goods' price, the deal's value (mentions.goods_valued); a company's
    # valuation stays none
    ("Tarsen Micro will supply accelerators valued at roughly $900 million to Yelvane.",
     ["chips announced: Tarsen Micro seller, Yelvane buyer | 9e+08 USD once"]),
    # a list's items open with a mark at the line's start (gates.bullet_marks)
    ("Deals of the week:\n\u2022 Tarsen Micro will buy Yelvane Data for $420 million\n\u2022 Ostrom Cloud raised $90 "
     "million from Brecken Capital",
     ["acquisition announced: Tarsen Micro acquirer, Yelvane Data target | 4.2e+08 USD once",
      "investment completed: Ostrom Cloud investee, Brecken Capital investor | 9e+07 USD once"]),
    # 'billionaire investor X': a person, no party (mentions.person_descriptor); 'investor X' alone may be a firm
    ("Pellix Labs closed a $30 million seed round led by billionaire investor Maro Tessan.",
     ["investment completed: Pellix Labs investee | 3e+07 USD once"]),
    ("Pellix Labs closed a $30 million seed round led by investor Quarnel.",
     ["investment completed: Pellix Labs investee, Quarnel investor | 3e+07 USD once"]),
    # 'comes after X signed ...': the earlier deal is its own subject's (mentions.comes_after_deal)
    ("The agreement with Pellam came weeks after Ostrava signed a $1.2 billion lease with Harrow Data.",
     ["datacenter announced: Ostrava buyer, Harrow Data seller | 1.2e+09 USD once"]),
    # a name joined by a hyphen to a word of likeness describes, no party (context describing_hyphens;
    # roles.hyphen_describes)
    ("Nvidia-style racks at scale: Tollan Systems said Quorvane would buy $4 billion of its servers.",
     ["chips announced: Quorvane buyer, Tollan Systems seller | 4e+09 USD once"]),
    # ', a cloud provider,': what the company is, no side (discourse.kind_apposition); 'would' reported after the
    # subject's aside is the 'will' of the words reported (type.reported_would)
    ("Tarvel Micro said that Quenby, a cloud provider, would invest $200 million in Tarvel Micro and buy $700 million "
     "of its accelerators.",
     ["investment announced: Tarvel Micro investee, Quenby investor | 2e+08 USD once",
      "chips announced: Quenby buyer, Tarvel Micro seller | 7e+08 USD once"]),
    # the work a cloud runs for a customer is computing (cues.yaml: 'inference workloads')
    ("Dallmer has hired Orvane Cloud to run its inference workloads in a deal worth about $300 million.",
     ["compute announced: Dallmer buyer, Orvane Cloud seller | 3e+08 USD once"]),
    # a phrase set off by commas right after a name describes it; the later phrase stands for the company named before
    # (mentions.anaphor_apposition)
    ("Pallisk Cloud has a new tenant. Vorrin, the robotics company, will pay the cloud provider $250 million over two "
     "years for computing capacity.",
     ["compute announced: Vorrin buyer, Pallisk Cloud seller | 2.5e+08 USD once"]),
    # money committed with its kind named ('of equity') to a company is invested in it, whatever the company plans
    ("Brannock Capital committed $400 million of equity to Selvia Data, which plans to build 300 MW of capacity in "
     "Ohio.",
     ["investment announced: Brannock Capital investor, Selvia Data investee | 4e+08 USD once"]),
    # the seller that also takes a stake in its buyer: two deals, the figure the supply's
    # (candidates.seller_joined_stake)
    ("Hollet Systems will ship $300 million of servers to Marvane AI and take a 3% stake in the company.",
     ["chips announced: Hollet Systems seller, Marvane AI buyer | 3e+08 USD once",
      "investment announced: Hollet Systems investor, Marvane AI investee"]),
    # money invested with its own figure is an investment, though the wider deal has the two make something together
    # (type.invested_within_wider_deal)
    ("Dallan Micro said it will invest $2 billion in Corvex as part of an agreement to jointly develop AI processors.",
     ["investment announced: Dallan Micro investor, Corvex investee | 2e+09 USD once"]),
    # a phrase whose modifier is an abbreviation with its dots ('the U.S. company') stands for a company named before
    ("Pemberly said on Monday it had won a memory order from Corvane. The South Korean chipmaker will supply "
     "high-bandwidth memory worth 2 trillion won to the U.S. company over two years.",
     ["chips announced: Pemberly seller, Corvane buyer | 2e+12 KRW once"]),
    # a running total of an existing relationship, told 'over the years' or received 'to date', is no transaction
    # (candidates.cumulative, guideline 3)
    ("Halbrook, which has invested more than $6 billion in Quenlo over the years, said it would keep buying its "
     "servers.", []),
    ("Quenlo has received $3 billion from Halbrook to date.", []),
    # ', and it is in talks with X about ...' with no deal word: a clause of its own, X no side of the deal before
    # (mentions.talks_clause_named)
    ("In March Pellor signed a two-year deal worth about $300 million with Vantry Cloud for GPU capacity, and it is in "
     "talks with Corlane Compute about a larger cluster.",
     ["compute announced: Pellor buyer, Vantry Cloud seller | 3e+08 USD once"]),
    # after a sentence naming a round's investors alone, 'the company' supplied is the one that raised it
    # (mentions.round_raiser_object)
    ("Teskar said it had raised $250 million. The round was led by Morrell Ventures, with participation from chipmaker "
     "Quellon Micro, which also agreed to sell the startup $40 million of servers.",
     ["investment completed: Teskar investee, Morrell Ventures investor, Quellon Micro investor | 2.5e+08 USD once",
      "chips announced: Quellon Micro seller, Teskar buyer | 4e+07 USD once"]),
    # plural deals with a list after 'with': one with each, though an aside about the subject names another company
    # (candidates.each_subject_aside)
    ("Quivera, which wants to lessen its dependence on Nvidia, has signed supply agreements with Tallon Micro and "
     "Brexley Systems for accelerators.",
     ["chips announced: Quivera buyer, Tallon Micro seller", "chips announced: Quivera buyer, Brexley Systems seller"]),
    # 'long' in an aside about the subject whose verb trades nothing is no time of the sentence's deal
    # (candidates.previously_in_aside)
    ("Maltby, which has long relied on Nvidia, signed a capacity agreement with Venrow Compute.",
     ["compute announced: Maltby buyer, Venrow Compute seller"]),
    # 'lined up' money raised, as 'secured' is (triggers.jsonl)
    ("Calloway Systems has lined up $600 million in financing to expand its factories.",
     ["investment announced: Calloway Systems investee | 6e+08 USD once"]),
    # after the lenders named after 'by', a 'with' phrase before a participle of lending adds one more
    # (discourse.with_also_providing)
    ("Selvane raised $300 million in debt. The facility was arranged by Morvik Bank, with Durrant Credit also lending.",
     ["investment completed: Selvane investee, Morvik Bank investor, Durrant Credit investor | 3e+08 USD once"]),
    # the name before a stake's verb in a clause of time takes it; with no 'in X', the stake is in the main subject
    # (roles.subordinate_stake)
    ("Tessaly replaced its chief executive after investment firm Corbel Partners took a 12% stake.",
     ["investment completed: Corbel Partners investor, Tessaly investee"]),
    # a title, then a person's names: no party (mentions.title_opens_name)
    ("Selbrook is expanding. It raised $400 million in a bond sale last month, Chief Financial Officer Ana Reyes said.",
     ["investment completed: Selbrook investee | 4e+08 USD once"]),
    # the names after a second verb of the subject, before a further figure, are the further deal's
    # (candidates.further_own_counterparty)
    ("Dremmel raised $900 million in a bond sale in May and is now in talks with Fosk Bank for a further $3 billion.",
     ["investment talks: Dremmel investee | 9e+08 USD once",
      "investment talks: Dremmel investee, Fosk Bank investor | 3e+09 USD once"]),
    # a lead still to come with its share: in the round, and a record of its own (discourse.coming_lead_share)
    ("Merrit AI is raising $800 million. Kolvane Partners will lead the round with about $300 million.",
     ["investment announced: Merrit AI investee, Kolvane Partners investor | 8e+08 USD once",
      "investment announced: Kolvane Partners investor, Merrit AI investee | 3e+08 USD once"]),
    # a list of investors that opens with their group in lower case (discourse.list_group_descriptor)
    ("Merrit AI is raising $800 million. Kolvane Partners is expected to lead the round, and existing backers Pradel "
     "Ventures and Osric Capital plan to invest too.",
     ["investment announced: Merrit AI investee, Kolvane Partners investor, Pradel Ventures investor, Osric Capital "
      "investor | 8e+08 USD once"]),
    # a clause with a deal word and no figure, then ', and ... it raised ...' from a name no list knows: two deals
    # (mentions.unsized_before_new_name)
    ("In March Corvane agreed to lease 200 MW from Pellmoor Data in Ohio, and in May it raised $2 billion in debt from "
     "lenders led by Hastrel.",
     ["datacenter announced: Corvane buyer, Pellmoor Data seller",
      "investment completed: Corvane investee, Hastrel investor | 2e+09 USD once"]),
    # a second quantity with its own 'to' names a second counterparty; a deal each (roles.paired_quantity_object)
    ("Drossel Power will sell 400 MW to Quenby and 250 MW to Marvane Labs from its wind farms.",
     ["power announced: Drossel Power seller, Quenby buyer",
      "power announced: Drossel Power seller, Marvane Labs buyer"]),
    # a company sold 'to' another, described before its name or in an apposition: an acquisition (triggers.jsonl)
    ("Corbel Partners agreed to sell Venrow Data, a cloud provider, to Hallet Group for $900 million.",
     ["acquisition announced: Venrow Data target, Hallet Group acquirer | 9e+08 USD once"]),
    ("Corbel Partners is selling chipmaker Quellon Micro to Hallet Group for $900 million.",
     ["acquisition announced: Quellon Micro target, Hallet Group acquirer | 9e+08 USD once"]),
    # joint subjects each with an apposition: the second takes the first one's role (roles.described_joint_subject)
    ("Tamsin, the robotics startup, and Velkor, a chipmaker, will buy $300 million of capacity from Orsk Cloud.",
     ["compute announced: Tamsin buyer, Orsk Cloud seller, Velkor buyer | 3e+08 USD once"]),
    # a headline's verb word closing a name before 'and' or a lower-case verb is the name's
    # (mentions.verb_word_closes_name)
    ("Ostrel Invest led a $600 million round in Parvane Robotics, with Kelby Capital joining.",
     ["investment announced: Ostrel Invest investor, Parvane Robotics investee, Kelby Capital investor | 6e+08 USD "
      "once"]),
    # a trust's form word ends a name no list knows, which the tagger may read as a verb (cues.yaml org_suffixes)
    ("Ardley Data has agreed to sell its Penang data centre to Velmor REIT for $400 million.",
     ["datacenter announced: Ardley Data seller, Velmor REIT buyer | 4e+08 USD once"]),
    # 'joined X as' a role: the role is the subject's, the name joined the other side (discourse.joined_as_role)
    ("Dorvik Capital joined Pesska Robotics as an investor, putting in $150 million.",
     ["investment announced: Dorvik Capital investor, Pesska Robotics investee | 1.5e+08 USD once"]),
    ("Ulvane AI will join Morrek Data as the anchor tenant of its 120 MW campus under a $700 million lease.",
     ["datacenter announced: Ulvane AI buyer, Morrek Data seller | 7e+08 USD once"]),
    # a verb of entering and 'as' an investor: a stake taken now (triggers.jsonl, candidates.entered_as_investor);
    # told in a dated relative clause, a tie of old beside the sentence's deal (candidates.dated_relative_aside)
    ("Dorvik Capital came on board as an investor in Pesska Robotics with $150 million.",
     ["investment announced: Dorvik Capital investor, Pesska Robotics investee | 1.5e+08 USD once"]),
    ("Dorvik Capital, which came in as an investor in Pesska Robotics in 2022, will buy $90 million of capacity from "
     "Ulvane Cloud.",
     ["compute announced: Dorvik Capital buyer, Ulvane Cloud seller | 9e+07 USD once"]),
    # money lent, told in the past, is done as money borrowed is (cues.yaml status_cues completed)
    ("Brannock Bank lent $350 million to Velsor Compute for new servers.",
     ["investment completed: Brannock Bank investor, Velsor Compute investee | 3.5e+08 USD once"]),
    # watts taken 'at' a site: room in a data centre (type.watts_at_site); a power company's watts are electricity
    ("Hollis AI has reserved 80 MW at Prenwick Data's Oregon campus for $450 million.",
     ["datacenter announced: Hollis AI buyer, Prenwick Data seller | 4.5e+08 USD once"]),
    ("Dunraven Energy will supply 250 MW at the Reno site of Hollis AI for $90 million a year.",
     ["power announced: Dunraven Energy seller, Hollis AI buyer | 9e+07 USD year"]),
    # a deal 'valued at' a figure with a company word in a name between: the deal's value (mentions.deal_valued_at)
    ("The acquisition of Pelgrave Data by Ostwick Group, valued at $2.1 billion, closed on Monday.",
     ["acquisition completed: Pelgrave Data target, Ostwick Group acquirer | 2.1e+09 USD once"]),
    # ', and it' with a deal verb after a clause that states a deal: a clause of its own, with a figure
    # (mentions.pronoun_aux_clause) or without one and a name of its own (mentions.pronoun_clause_unsized_after)
    ("Brenlow Cloud signed a $2 billion contract with Ivory Labs in May, and in June it agreed to buy 30,000 GPUs "
     "from Corvel Chips.",
     ["compute announced: Ivory Labs buyer, Brenlow Cloud seller | 2e+09 USD once",
      "chips announced: Brenlow Cloud buyer, Corvel Chips seller"]),
    ("Brenlow Cloud signed a $2 billion contract with Ivory Labs, and it will lease 100 MW from Tamsett Data for $700 "
     "million.",
     ["compute announced: Ivory Labs buyer, Brenlow Cloud seller | 2e+09 USD once",
      "datacenter announced: Brenlow Cloud buyer, Tamsett Data seller | 7e+08 USD once"]),
    # 'Its' and a round opening a sentence, or a round of 'its' with a Series letter: the last subject's round
    # (mentions.its_round_opens, mentions.its_round)
    ("Pemberly Robotics builds warehouse robots. Its $250 million Series C was led by Ardmore Ventures.",
     ["investment announced: Pemberly Robotics investee, Ardmore Ventures investor | 2.5e+08 USD once"]),
    ("Pemberly Robotics builds warehouse robots. Ardmore Ventures led its $250 million Series C.",
     ["investment announced: Ardmore Ventures investor, Pemberly Robotics investee | 2.5e+08 USD once"]),
    # a name between another's possessive and a site noun names the owner's site, even a name a list knows
    # (mentions.possessed_site_name); a name after a possessive with a hyphen's adjective describes, the owner stays
    # a party (roles.possessed_describer)
    ("Tarrow AI agreed to buy the full output of Kelden Power's Brookfield gas plant for 15 years.",
     ["power announced: Tarrow AI buyer, Kelden Power seller"]),
    ("Tarrow AI will rent GPUs at Morlin Cloud's Nvidia-powered campus for $800 million.",
     ["compute announced: Tarrow AI buyer, Morlin Cloud seller | 8e+08 USD once"]),
    # a colon before a new subject and its verb: a clause of its own (mentions.colon_clause)
    ("It echoes Quessel AI's pact with Drane Semiconductor: Hartwell Cloud will buy 40,000 GPUs from Pennock Chips.",
     ["partnership announced: Quessel AI partner, Drane Semiconductor partner",
      "chips announced: Hartwell Cloud buyer, Pennock Chips seller"]),
    # shares listed after the round's figure and a colon (discourse.colon_shares)
    ("Pellark Robotics closed a $90 million round: $60 million from Tolvey Partners and $30 million from Ansel Fund.",
     ["investment completed: Pellark Robotics investee, Tolvey Partners investor, Ansel Fund investor | 9e+07 USD once",
      "investment completed: Tolvey Partners investor, Pellark Robotics investee | 6e+07 USD once",
      "investment completed: Ansel Fund investor, Pellark Robotics investee | 3e+07 USD once"]),
    # a stake sold, told in the past, is completed (cues.yaml status completed: 'sold a', 'sold the')
    ("Arkady Robotics sold a 20% stake to Pelorus Holdings for $400 million.",
     ["investment completed: Arkady Robotics investee, Pelorus Holdings investor | 4e+08 USD once"]),
    # investors drawn by a relative clause on the round, its raiser told by 'it' (roles.round_drew_relative)
    ("Korvana Systems said it raised $210 million in a round that drew Pellham Ventures and Stroud Capital.",
     ["investment completed: Korvana Systems investee, Pellham Ventures investor, Stroud Capital investor "
      "| 2.1e+08 USD once"]),
    # goods inside a trigger that runs to 'from'; where they go after the seller is no cue (type.goods_in_trigger)
    ("Kestrel Cloud will get 300 MW of electricity from Perrow Energy for its Nevada data center campus.",
     ["power announced: Kestrel Cloud buyer, Perrow Energy seller"]),
    # money obtained, told in the past, is completed as money secured is (cues.yaml status completed)
    ("Castor Data obtained $2 billion in debt financing from a group of lenders led by Hollin Bank.",
     ["investment completed: Castor Data investee, Hollin Bank investor | 2e+09 USD once"]),
    # the one a lead leads the round with leads too (context.yaml co_investor_cues), in a relative clause as well
    ("Velmora AI raised $1 billion from Halden Capital, which co-led the round with Tarrow Ventures.",
     ["investment completed: Velmora AI investee, Halden Capital investor, Tarrow Ventures investor | 1e+09 USD once"]),
    # money committed 'to it', the speaker (triggers.jsonl: a commitment to 'it' as to a name)
    ("Ardent Compute said Brisk Capital and Lune Partners had committed $250 million to it.",
     ["investment announced: Brisk Capital investor, Lune Partners investor, Ardent Compute investee "
      "| 2.5e+08 USD once"]),
    # a capitalised plural of the side that opens a sentence starts no name (cues.yaml not_org_words)
    ("Investors Stroud Ventures and Brisk Capital put $300 million into Pellam Labs.",
     ["investment announced: Stroud Ventures investor, Brisk Capital investor, Pellam Labs investee | 3e+08 USD once"]),
    # a Series round led by a name invests it too, as a round led by it does (roles.round_led_by)
    ("Pellam Labs' $300 million Series C, led by Stroud Ventures, also drew Brisk Capital and Lune Partners.",
     ["investment announced: Pellam Labs investee, Brisk Capital investor, Lune Partners investor, Stroud Ventures "
      "investor | 3e+08 USD once"]),
    # a leased site a company owns or builds, told in a relative clause: it leases it out (roles.site_builder_relative)
    ("Halden Cloud signed a lease for the campus that Pellam Data owns in Ohio, paying $90 million a year.",
     ["datacenter announced: Halden Cloud buyer, Pellam Data seller | 9e+07 USD year"]),
    # a clause of time after the deal tells an earlier one; with no figure it is set aside, and its verb gives the
    # deal no status (candidates.after_earlier_deal_aside)
    ("Brisa Compute will lease 80 MW from Tarrow Data for $1.1 billion, days after it acquired Pellam Networks.",
     ["datacenter announced: Brisa Compute buyer, Tarrow Data seller | 1.1e+09 USD once"]),
    ("Lindqvist Energy will supply 300 MW to Halden Cloud for $900 million, a month after Halden Cloud bought Tarrow "
     "Data.",
     ["power announced: Lindqvist Energy seller, Halden Cloud buyer | 9e+08 USD once"]),
    ("Velkor Labs agreed to buy 40,000 GPUs from Kestrel Systems, following its acquisition of Brisa Optics in 2024.",
     ["chips announced: Velkor Labs buyer, Kestrel Systems seller"]),
    # with a figure of its own, the earlier deal is one of its own, its subject the sentence's (mentions.after_own_deal,
    # mentions.it_clause after a one-letter word, mentions.having_subject)
    ("Velkor Labs raised $600 million from Pellam Ventures, a year after it raised $200 million from Orrin Capital.",
     ["investment completed: Velkor Labs investee, Pellam Ventures investor | 6e+08 USD once",
      "investment completed: Velkor Labs investee, Orrin Capital investor | 2e+08 USD once"]),
    ("Halden Cloud will buy Tarrow Data for $800 million, having paid $150 million for Brisa Optics in 2024.",
     ["acquisition announced: Halden Cloud acquirer, Tarrow Data target | 8e+08 USD once",
      "acquisition completed: Halden Cloud acquirer, Brisa Optics target | 1.5e+08 USD once"]),
    # 'This follows ...', 'It comes after ...' with no figure: an earlier deal told as background
    # (candidates.follows_earlier_no_figure)
    ("Halden Cloud will pay Tarrow Data $2 billion for compute. This follows Halden's purchase of Pellam Networks.",
     ["compute announced: Halden buyer, Tarrow Data seller | 2e+09 USD once"]),
    # ... but deals of others the story's is likened to are deals of their own
    ("Quorra Energy will supply 400 MW to Halden Cloud. The deal follows similar agreements, including one in which "
     "Morvane AI agreed to buy power from Lindqvist Energy.",
     ["power announced: Quorra Energy seller, Halden Cloud buyer",
      "power announced: Morvane AI buyer, Lindqvist Energy seller"]),
    # 'X said it had signed a contract with the cloud company': 'it' is the name before it; the phrase after stands for
    # the company of the sentence before (mentions.said_it_object)
    ("Brisa Compute rents out GPU servers. Morvane AI said it had signed a $450 million contract with the cloud "
     "company.",
     ["compute announced: Morvane AI buyer, Brisa Compute seller | 4.5e+08 USD once"]),
    # 'the cloud provider' for a company that runs data centres, where no cloud was named (mentions.anaphor_near_kind)
    ("Pellam Data operates colocation sites in Virginia. Velkor Labs said it will lease capacity from the cloud "
     "provider for $1 billion.",
     ["compute announced: Velkor Labs buyer, Pellam Data seller | 1e+09 USD once"]),
    # money lent for one site finances the site (type.lent_for_site, guideline 6)
    ("Banco Serrano lent Ipanema Dados R$800 million for its data center in Campinas.",
     ["datacenter completed: Banco Serrano seller, Ipanema Dados buyer | 8e+08 BRL once"]),
    # a deal for a cloud's capacity: the cloud sells it (roles.beneficiary_sells); power for a cloud's data centres: it
    # buys (roles.beneficiary)
    ("Morvane AI signed a $2 billion agreement for Halden Cloud's GPU capacity.",
     ["compute announced: Morvane AI buyer, Halden Cloud seller | 2e+09 USD once"]),
    ("Quorra Energy signed a $600 million agreement to supply power for Halden Cloud's data centers.",
     ["power announced: Quorra Energy seller, Halden Cloud buyer | 6e+08 USD once"]),
    # money won as a company's backing, as it is raised or secured (triggers.jsonl: 'won' before a noun of funding;
    # 'backing' one of those nouns)
    ("Tessin Robotics won $80 million of backing from Stroud Ventures and Lune Partners.",
     ["investment announced: Tessin Robotics investee, Stroud Ventures investor, Lune Partners investor "
      "| 8e+07 USD once"]),
    # a company absorbed, or one that becomes another's unit, is acquired (triggers.jsonl)
    ("Halvern Industries will absorb Tessin Robotics for $450 million in cash.",
     ["acquisition announced: Halvern Industries acquirer, Tessin Robotics target | 4.5e+08 USD once"]),
    ("Tessin Robotics will become a unit of Halvern Industries under a $450 million agreement.",
     ["acquisition announced: Tessin Robotics target, Halvern Industries acquirer | 4.5e+08 USD once"]),
    # what a site costs, told in a relative clause on it, is no amount of the lease (candidates.site_cost_relative)
    ("Morvane AI signed a lease for the Ridgeview facility, which Pellam Data is constructing for $1.5 billion.",
     ["datacenter announced: Morvane AI buyer, Pellam Data seller"]),
    # funding the building of one site finances it (type.funded_site_works; 'will fund': triggers.jsonl)
    ("Auer Kapital will fund the development of Brisa Compute's Nevada campus with $700 million of equity.",
     ["datacenter announced: Auer Kapital seller, Brisa Compute buyer | 7e+08 USD once"]),
    # a tenant occupies a site ('occupy': triggers.jsonl)
    ("Morvane AI will occupy 90 MW at Pellam Data's Reno site for $150 million a year.",
     ["datacenter announced: Morvane AI buyer, Pellam Data seller | 1.5e+08 USD year"]),
    # a deal being finalised, or one set to be signed, is still talked about (cues.yaml status_cues talks)
    ("Morvane AI and Pellam Data are said to be finalizing a $400 million lease for a site in Reno.",
     ["datacenter talks: Morvane AI buyer, Pellam Data seller | 4e+08 USD once"]),
    ("Brisa Compute is set to sign a $900 million deal to supply GPUs to Tessin Robotics.",
     ["chips talks: Brisa Compute seller, Tessin Robotics buyer | 9e+08 USD once"]),
    # ', or' and a figure per year restate a total in other terms; the total keeps no period (mentions.or_restates)
    ("Tessin Robotics will pay Brisa Compute a total of $600 million, or $150 million a year, for GPU capacity.",
     ["compute announced: Tessin Robotics buyer, Brisa Compute seller | 6e+08 USD once"]),
    # company words of other languages end a company's name, whatever the recogniser makes of it (cues.yaml
    # org_suffixes)
    ("Tessin Robotics raised $90 million from a group of investors that included Stroud Ventures, Lune Partners and "
     "Auer Kapital.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor, Lune Partners investor, Auer Kapital "
      "investor | 9e+07 USD once"]),
    # a phrase that refers back, after another, where the sentence names a company only as a maker of goods
    # (mentions.second_anaphor_brand); a word of a name before 'company' (mentions.modifier_in_name); the one paid
    # is the seller, the maker named with the goods none (roles.brand_payee)
    ("Brisa Compute signed a contract with Tessin Robotics. Under it, the robotics company will pay the cloud "
     "company $300 million for use of Stellix GPUs.",
     ["compute announced: Tessin Robotics buyer, Brisa Compute seller | 3e+08 USD once"]),
    ("Tessin Robotics has agreed a contract with Brisa Cloud. Under it, the startup will pay the cloud provider $80 "
     "million a year for access to Orlin accelerators.",
     ["compute announced: Tessin Robotics buyer, Brisa Cloud seller | 8e+07 USD year"]),
    # the round joined to a company said to be raising has that sentence's status where it is talks or done
    # (discourse.round_status_before)
    ("Tessin Robotics is negotiating a new funding round. Stroud Ventures is expected to lead the round, which "
     "could reach $90 million, people familiar said.",
     ["investment talks: Tessin Robotics investee, Stroud Ventures investor | 9e+07 USD once"]),
    ("Tessin Robotics closed a new funding round. The $90 million Series B was led by Stroud Ventures.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor | 9e+07 USD once"]),
    # 'will be the anchor tenant' takes capacity as 'becomes' does (triggers.jsonl)
    ("Tessin Robotics will be the anchor tenant at Pellam Data's 120 MW campus in Reno.",
     ["datacenter announced: Tessin Robotics buyer, Pellam Data seller"]),
    # a company the deal lessens a party's reliance on is named in passing (roles.reliance_on); where the others left
    # are fewer than two, the maker of the goods is the seller (roles.brand_passing_others)
    ("Tessin Robotics signed a $600 million contract with Brisa Compute, cutting its dependence on Orlin Partners.",
     ["partnership announced: Tessin Robotics partner, Brisa Compute partner | 6e+08 USD once"]),
    ("Tessin Robotics is moving away from Orlin Cloud with a $300 million order for Brisa Micro accelerators.",
     ["chips announced: Tessin Robotics buyer, Brisa Micro seller | 3e+08 USD once"]),
    # an adviser named with its participle alone is no party (roles.adviser)
    ("Tessin Robotics raised $90 million in a round led by Stroud Ventures, with Lune Securities advising the "
     "startup.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor | 9e+07 USD once"]),
    # a rival's title describes the name right after it, not the verb's object after that (roles.rival_describes_nearer)
    ("Pellam Data agreed to sell its Reno campus to Stroud Ventures for $400 million. Pellam's rival Orsk Digital "
     "bought Lune Data for $250 million in June.",
     ["datacenter announced: Pellam seller, Stroud Ventures buyer | 4e+08 USD once",
      "acquisition completed: Orsk Digital acquirer, Lune Data target | 2.5e+08 USD once"]),
    # names beside the first of coordinated descriptions are list members (roles.described_groups); not where the
    # parse lost the later names elsewhere, which the word-order frame then reads (a guard); a list set beside the
    # subject by 'alongside' or 'along with' acts with it (roles.together_with_list)
    ("Brisa Labs raised $40 million from new investors Halvex Capital and Tamsin Partners and existing backers Pellam "
     "Ventures and Orsk Capital.",
     ["investment completed: Brisa Labs investee, Halvex Capital investor, Tamsin Partners investor, Pellam Ventures "
      "investor, Orsk Capital investor | 4e+07 USD once"]),
    ("Tessin Robotics raised $90 million from new investors Halvex Capital and Lune Partners and existing backers "
     "Stroud Ventures and Orsk Capital.",
     ["investment completed: Tessin Robotics investee, Halvex Capital investor, Lune Partners investor, Stroud "
      "Ventures investor, Orsk Capital investor | 9e+07 USD once"]),
    ("Stroud Ventures, alongside Lune Capital and Halvex Capital, invested $90 million in Tessin Robotics.",
     ["investment completed: Stroud Ventures investor, Tessin Robotics investee, Lune Capital investor, Halvex Capital "
      "investor | 9e+07 USD once"]),
    # ' and' with no comma before a name and its verb, each side stating a deal (mentions.and_name_clause); hardware
    # is chips (cues.yaml type_cues)
    ("Under the pact, Orlin Micro invests $200 million in Tessin Robotics and Tessin Robotics commits to buying $700 "
     "million of Orlin Micro hardware.",
     ["investment announced: Orlin Micro investor, Tessin Robotics investee | 2e+08 USD once",
      "chips announced: Tessin Robotics buyer, Orlin Micro seller | 7e+08 USD once"]),
    # deals counted, a colon and a list of them with their other sides: each a deal of the subject
    # (mentions.colon_deal_list)
    ("Tessin Robotics signed two deals on Monday: a $90 million cloud contract with Brisa Cloud and a $40 million chip "
     "purchase from Orlin Micro.",
     ["compute announced: Tessin Robotics buyer, Brisa Cloud seller | 9e+07 USD once",
      "chips announced: Tessin Robotics buyer, Orlin Micro seller | 4e+07 USD once"]),
    ("Tessin Robotics signed three contracts this week: a $90 million GPU lease with Brisa Cloud, a $40 million chip "
     "purchase from Orlin Micro and a $25 million power deal with Quorra Energy.",
     ["compute announced: Tessin Robotics buyer, Brisa Cloud seller | 9e+07 USD once",
      "chips announced: Tessin Robotics buyer, Orlin Micro seller | 4e+07 USD once",
      "power announced: Tessin Robotics buyer, Quorra Energy seller | 2.5e+07 USD once"]),
    # a lease for capacity at a company's site: the owner leases it out (roles.lease_at_site)
    ("Brisa Cloud signed a lease for 40 MW at Pellam Data's campus in Reno, paying about $600 million over ten "
     "years.",
     ["datacenter announced: Brisa Cloud buyer, Pellam Data seller | 6e+08 USD once"]),
    # reactor capacity is electricity (cues.yaml strong_type_cues power)
    ("Tessin Robotics and Quorra Energy signed an agreement for 80 MW of small modular reactor capacity.",
     ["power announced: Tessin Robotics buyer, Quorra Energy seller"]),
    # 'a reported' figure and sources counted report the deal (cues.yaml status_cues reported)
    ("Tessin Robotics will pay Brisa Cloud a reported $90 million for GPU capacity.",
     ["compute reported: Tessin Robotics buyer, Brisa Cloud seller | 9e+07 USD once"]),
    ("Orlin Micro has agreed to buy Tessin Robotics for $300 million, according to two sources.",
     ["acquisition reported: Orlin Micro acquirer, Tessin Robotics target | 3e+08 USD once"]),
    # a share put into a company 'as part of' a round with its own figure: the round and the share
    # (discourse.share_part_of_round, guideline 2)
    ("Tessin Robotics has a new backer. Stroud Ventures invested $30 million in the startup as part of a $90 million "
     "Series B.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor | 9e+07 USD once",
      "investment completed: Stroud Ventures investor, Tessin Robotics investee | 3e+07 USD once"]),
    # a figure agreed to be spent on things is an agreement's cost, its seller named elsewhere
    # (mentions.agreed_to_spend)
    ("Tessin Labs inks cloud pact with Brisa Cloud\n\nTessin Labs has agreed to spend $90 million over two years on "
     "computing capacity, the AI startup said on Tuesday.",
     ["compute announced: Tessin Labs buyer, Brisa Cloud seller | 9e+07 USD once"]),
    # 'teaming up with' is a partnership's verb (triggers.jsonl); the licensee after 'to' is a partner (roles.licensee)
    ("Tessin Robotics is teaming up with Brisa Cloud on a 60 MW campus in Reno, the companies said.",
     ["partnership announced: Tessin Robotics partner, Brisa Cloud partner"]),
    ("Orlin Micro licensed its chip designs to Tessin Robotics and hired its engineers in a deal worth $120 million.",
     ["partnership announced: Orlin Micro partner, Tessin Robotics partner | 1.2e+08 USD once"]),
    # a lead verb whose agent is a person runs a company, leads no round (type.led_by_person)
    ("Tessin Robotics, led by its co-founder Ada Brell, will pay Brisa Cloud $90 million for GPU capacity.",
     ["compute announced: Tessin Robotics buyer, Brisa Cloud seller | 9e+07 USD once"]),
    # a partner of an investment firm named with a person's name is a person, no party (mentions.partner_people)
    ("Tessin Robotics raised $40 million in a round led by Ada Brell, a partner at Stroud Ventures.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor | 4e+07 USD once"]),
    ("Tessin Robotics raised $40 million in a round led by Stroud Ventures managing partner Ada Brell.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor | 4e+07 USD once"]),
    # a name ending in 'Investment' in a list of investors is a firm (mentions.investment_firm_listed); a round's
    # word after 'Series B' stays none
    ("Tessin Robotics raised $90 million from Stroud Ventures, Pellam Capital and Kaesong Investment.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor, Pellam Capital investor, "
      "Kaesong Investment investor | 9e+07 USD once"]),
    ("Tessin Robotics raised $90 million in a Series B Investment led by Stroud Ventures.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor | 9e+07 USD once"]),
    # a clause of time opening the sentence, with no subject: with a figure, the main subject's deal of its own
    # (mentions.gerund_opener, type.done_after_gerund); without, set aside (candidates.gerund_opener_aside)
    ("Having bought Brisa Optics for $400 million in 2024, Tessin Robotics agreed on Friday to acquire Orlin Micro for "
     "$900 million.",
     ["acquisition completed: Tessin Robotics acquirer, Brisa Optics target | 4e+08 USD once",
      "acquisition announced: Tessin Robotics acquirer, Orlin Micro target | 9e+08 USD once"]),
    ("After buying Brisa Optics in 2024, Tessin Robotics is in talks to acquire Orlin Micro for about $900 million.",
     ["acquisition talks: Tessin Robotics acquirer, Orlin Micro target | 9e+08 USD once"]),
    # what a company already does, then its new deal after ', and' and a pronoun (mentions.already_then_clause)
    ("Brisa Cloud already rents GPUs to Tessin Robotics, and on Monday it added Orlin Labs as a customer in a $300 "
     "million deal.",
     ["compute announced: Brisa Cloud seller, Orlin Labs buyer | 3e+08 USD once"]),
    # a valuation set off after a name is no cue of the deal (type.valuation_aside)
    ("Tessin Robotics, valued at $2 billion after its Series C round, will pay Brisa Cloud $150 million for GPU "
     "capacity.",
     ["compute announced: Tessin Robotics buyer, Brisa Cloud seller | 1.5e+08 USD once"]),
    # a site's owner after 'of' is a party, as a possessive owner is (mentions.site_of_owner)
    ("Brisa Energy will supply 200 MW of power to the Reno data centre of Quorvale under a ten-year deal.",
     ["power announced: Brisa Energy seller, Quorvale buyer"]),
    # the speaker of a sentence with no deal word is the company a later phrase may stand for
    # (mentions.speaker_antecedent); a phrase whose kind no name found fits has the sentence before parsed
    # (mentions.antecedent_kind_unfound)
    ("Orlin Micro said demand from Brisa Cloud was strong. The chipmaker agreed to supply 8,000 accelerators to "
     "Tessin Labs for $240 million.",
     ["chips announced: Orlin Micro seller, Tessin Labs buyer | 2.4e+08 USD once"]),
    ("Brisa Cloud's shares rose after Quorvale said it was expanding in Reno. The AI lab will pay Brisa Cloud $90 "
     "million for GPU capacity over two years.",
     ["compute announced: Quorvale buyer, Brisa Cloud seller | 9e+07 USD once"]),
    # a round's passive agents after 'made by', 'provided by' (context.yaml round_investor_cues); 'is supported by'
    # tells owners, no round's investors (discourse.is_backed); a label and a colon before the list
    ("Tessin Robotics completed a 300 million yuan Series B financing. The investment was made by Stroud Ventures and "
     "Pellam Capital.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor, Pellam Capital investor | 3e+08 CNY "
      "once"]),
    ("Tessin Robotics raised $40 million. The company was founded by former Orlin engineers and is supported by "
     "Stroud Ventures.",
     ["investment completed: Tessin Robotics investee | 4e+07 USD once"]),
    ("Tessin Robotics raised 300 million yuan. Investors: Stroud Ventures, Pellam Capital, Kaesong Fund.",
     ["investment completed: Tessin Robotics investee, Stroud Ventures investor, Pellam Capital investor, Kaesong "
      "Fund investor | 3e+08 CNY once"]),
    # 'the Series B round of X' names the company that raises it (triggers.jsonl)
    ("The Series B round of Tessin Robotics, worth 300 million yuan, saw participation from Stroud Ventures and "
     "Pellam Capital.",
     ["investment announced: Tessin Robotics investee, Stroud Ventures investor, Pellam Capital investor | 3e+08 CNY "
      "once"]),
    # the name after 'clients of' sells (roles.customers_of); 'is built on' a maker's goods follows no deal
    # (mentions.built_on_goods); a listed company inside an apposition gives no vote for the type
    # (type.apposition_no_vote); a relative clause after a preposition tells owners (mentions.preposition_relative)
    ("Tessin Labs joins Orlin Micro and Quarry AI as clients of Brisa Cloud after signing a $90 million contract.",
     ["compute announced: Tessin Labs buyer, Brisa Cloud seller | 9e+07 USD once"]),
    ("Tessin Labs will rent capacity on Brisa Cloud's new cluster, which is built on Orlin Micro's accelerators, in "
     "a $90 million deal.",
     ["compute announced: Tessin Labs buyer, Brisa Cloud seller | 9e+07 USD once"]),
    ("Brisa Cloud, a customer of Nvidia, agreed to supply Tessin Labs with GPU capacity for $90 million.",
     ["compute announced: Brisa Cloud seller, Tessin Labs buyer | 9e+07 USD once"]),
    ("Tessin Labs, in which Stroud Ventures has invested, will pay Brisa Cloud $90 million for computing power.",
     ["compute announced: Tessin Labs buyer, Brisa Cloud seller | 9e+07 USD once"]),
    # a relative clause telling a deal after a main clause with none: the described name's deal
    # (mentions.relative_deal_only, mentions.relative_antecedent_label)
    ("Stroud Ventures owns a third of Quorvale, which signed a $90 million deal with Brisa Cloud on Tuesday.",
     ["partnership announced: Quorvale partner, Brisa Cloud partner | 9e+07 USD once"]),
    # a need reckoned by analysts is no purchase (context.yaml maybe_words, candidates.estimate)
    ("Brisa Cloud will have to spend $900 million on chips from Orlin Micro to serve Tessin Labs, analysts estimate.",
     []),
    # goods secured under an agreement are signed, not closed (type.goods_secured_signed)
    ("Tessin Labs secured 80 MW of power from Quorra Energy under a ten-year agreement.",
     ["power announced: Tessin Labs buyer, Quorra Energy seller"]),
    # the name a relative clause describes is bought where its subject agreed to buy it (type.object_relative_agreed)
    ("Orlin Micro, which Tessin Labs agreed to buy for $300 million in May, has won approval for the deal.",
     ["acquisition announced: Orlin Micro target, Tessin Labs acquirer | 3e+08 USD once"]),
    # 'the sale of a stake to X': X invests in the seller (triggers.jsonl)
    ("Tessin Labs announced the sale of a minority stake to Stroud Ventures for $90 million.",
     ["investment announced: Tessin Labs investee, Stroud Ventures investor | 9e+07 USD once"]),
    # money invested in a thing a named company builds buys it from the builder (type.invest_in_built,
    # roles.builder_sells)
    ("Tessin Labs may invest as much as €700 million (about $760 million) in Europe's largest AI factory, which will "
     "be built by Orlin Micro.",
     ["datacenter announced: Tessin Labs buyer, Orlin Micro seller | 7e+08 EUR once"]),
    ("Tessin Labs is investing $300 million in a new data centre in Reno that will be built by Brisa Group.",
     ["datacenter announced: Tessin Labs buyer, Brisa Group seller | 3e+08 USD once"]),
    # the value of the deal just told, opening the next sentence, sizes it; 'could reach' is 'up to'
    # (discourse.value_told, money.yaml qualifiers)
    ("Tessin Labs signed a deal to rent GPUs from Brisa Cloud. The total value could reach $90 million if Tessin "
     "takes options to expand.",
     ["compute announced: Tessin buyer, Brisa Cloud seller | 9e+07 USD once"]),
    # a name written as the modifier of the contract won is its other side, a core slot, of one word or two
    # (mentions.deal_compound_core); a label and a colon before a headline is blanked for the parser (context.yaml
    # headline_kickers)
    ("Brisa Cloud wins $90 million Orsk Data contract.",
     ["compute announced: Brisa Cloud seller, Orsk Data buyer | 9e+07 USD once"]),
    ("Deal: Quorvale to pay Brisa Cloud $90 million for GPU capacity.",
     ["compute announced: Quorvale buyer, Brisa Cloud seller | 9e+07 USD once"]),
    # money lent 'to' or 'to help' a company: the closer lends (roles.loan_to); a borrower's 'secured' lends nothing
    ("Brindle Capital closed the $750 million credit facility to help Tessaly build more data centers.",
     ["investment completed: Brindle Capital investor, Tessaly investee | 7.5e+08 USD once"]),
    ("Tessaly secured a $2 billion credit facility to help Pellix Systems expand.",
     ["investment completed: Tessaly investee | 2e+09 USD once"]),
    # shares bought: the company whose shares they are is invested in (mentions.shares_issuer, roles.shares_issuer);
    # a company's buying back its own stock is no deal
    ("Orvane bought $500 million worth of Tessaly stock.",
     ["investment completed: Orvane investor, Tessaly investee | 5e+08 USD once"]),
    ("Orvane Capital purchased $500 million of Tessaly Labs shares from Brivo Markets last year.",
     ["investment completed: Orvane Capital investor, Tessaly Labs investee | 5e+08 USD once"]),
    ("Tessaly will buy back $10 billion of its stock over two years.", []),
    # the company whose shares are the clause's subject is not the deal's subject (roles.shares_owner)
    ("Tessaly shares rose 8% after Velkara said it would invest $1 billion in the company.",
     ["investment announced: Tessaly investee, Velkara investor | 1e+09 USD once"]),
    # investors listed after 'include' with no round owner named: no investee to invent (cues.yaml investor_cues)
    ("Investors in the $600 million round include Orvane Capital, Brindle Partners and Quillo Ventures.", []),
    # money committed or pledged to a company named after 'to' (triggers.jsonl); to a verb, it pays for goods
    ("Velkara has committed $1.5 billion to Tessaly.",
     ["investment announced: Velkara investor, Tessaly investee | 1.5e+09 USD once"]),
    ("Velkara committed $2 billion to buy chips from Tessaly.",
     ["chips announced: Velkara buyer, Tessaly seller | 2e+09 USD once"]),
    # a purchase told as a noun with its buyer's possessive, the goods' maker before them (mentions.maker_core)
    ("Tessaly's purchase of 10,000 Velkara accelerators is worth about $400 million.",
     ["chips announced: Tessaly buyer, Velkara seller | 4e+08 USD once"]),
    # an order is a deal the next sentence may size ('The order is worth ...': discourse.enrich, agreement_nouns)
    ("Tessaly has ordered 20,000 accelerators from Velkara Semiconductor. The order is worth roughly $800 million.",
     ["chips announced: Tessaly buyer, Velkara Semiconductor seller | 8e+08 USD once"]),
    # whose investors they are is funded (mentions.funders_of, roles.funded_owner)
    ("Orvane, one of Tessaly's investors, put $400 million into the startup last year.",
     ["investment announced: Orvane investor, Tessaly investee | 4e+08 USD once"]),
    ("Tessaly's backers include Orvane, which put $400 million into the company last year.",
     ["investment announced: Orvane investor, Tessaly investee | 4e+08 USD once"]),
    # an acquisition told as a noun: its agent after 'by' (mentions.deal_noun_agent), its value after the noun
    # ('takeover ..., valued at': money.yaml deal_context_nouns), all the shares of a company (mentions.shares_issuer)
    ("The acquisition of Tessaly by Velkara, for $3 billion, closed on Friday.",
     ["acquisition completed: Tessaly target, Velkara acquirer | 3e+09 USD once"]),
    ("Velkara completed its takeover of Tessaly, valued at about $800 million.",
     ["acquisition completed: Velkara acquirer, Tessaly target | 8e+08 USD once"]),
    ("Velkara has reached an agreement to acquire all outstanding shares of Tessaly for $45 per share, or about $3 "
     "billion.", ["acquisition announced: Velkara acquirer, Tessaly target | 3e+09 USD once"]),
    # a lender's verbs of approving and paying out a loan (triggers.jsonl); a borrower's 'secured a syndicated loan'
    # (type.contained_trigger); a 'tie-up' is one word, a partnership's (components.adjust_tokenizer)
    ("State-run Velkara Bank has sanctioned a loan of Rs 2,000 crore to Tessaly Data Centres.",
     ["investment announced: Velkara Bank investor, Tessaly Data Centres investee | 2e+10 INR once"]),
    ("Tessaly Holdings said its unit had secured a HK$3 billion syndicated loan from a group of banks led by Velkara "
     "Bank.", ["investment completed: Tessaly Holdings investee, Velkara Bank investor | 3e+09 HKD once"]),
    ("Velkara and Tessaly have forged a strategic tie-up to build AI infrastructure in India.",
     ["partnership announced: Velkara partner, Tessaly partner"]),
    # a pair the parser folded into one name ('Velkara and Tessaly Data Centres': mentions.coordinated_modifier)
    ("Velkara and Tessaly Data Centres have allied to build and run large data centres across Portugal.",
     ["partnership announced: Velkara partner, Tessaly Data Centres partner"]),
    # a guarantor of a tenant's lease provides the capital (guideline 6: seller), the tenant takes the site
    # (triggers.jsonl 'backstop/guarantee ... lease obligations'; mentions.obligation_owner)
    ("Velkara will guarantee $1.4 billion of Tessaly's lease payments to Brindle Mining.",
     ["datacenter announced: Velkara seller, Tessaly buyer | 1.4e+09 USD once"]),
    # a legal form's full stop before a new clause ends the sentence (mentions.abbreviation_clause)
    ("Tessaly will buy chips from Velkara Corp. Brindle Capital said it would invest $50 million in Tessaly.",
     ["chips announced: Tessaly buyer, Velkara seller",
      "investment announced: Brindle Capital investor, Tessaly investee | 5e+07 USD once"]),
    # a trade and a stake the buyer also takes: two deals (type.joined_stake, candidates.joined_stake)
    ("Tessaly will buy 6 gigawatts of chips from Velkara and take a 10% stake in Velkara.",
     ["chips announced: Tessaly buyer, Velkara seller", "investment announced: Tessaly investor, Velkara investee"]),
    # a second subject with its own figure and its verb left out (mentions.gapped_subject)
    ("Orvane put in $300 million and Brindle $200 million, bringing Tessaly's round to $500 million.",
     ["investment announced: Orvane investor, Tessaly investee | 3e+08 USD once",
      "investment announced: Brindle investor, Tessaly investee | 2e+08 USD once"]),
    # 'with a loan from X', whatever the verb: the lender after 'from' (triggers.jsonl)
    ("Velkara refinanced $2 billion of debt with a loan from Kelmar Bank.",
     ["investment announced: Velkara investee, Kelmar Bank investor | 2e+09 USD once"]),
    # 'manufacture chips for X': a verb of making, and whom the goods are made for (context.yaml making_verbs)
    ("Kelmar Semiconductor will manufacture custom AI chips for Velkara in a deal worth $10 billion.",
     ["chips announced: Kelmar Semiconductor seller, Velkara buyer | 1e+10 USD once"]),
    # 'a sale of its <business> to X': the owner sells, X buys (triggers.jsonl)
    ("Velkara is exploring a sale of its cloud unit to Halvern for $3 billion.",
     ["acquisition talks: Velkara target, Halvern acquirer | 3e+09 USD once"]),
    # a round's owner before a noun for the raise ('among the backers of Velkara's $500 million raise')
    ("Ostrivane Capital is among the backers of Velkara's $500 million raise.",
     ["investment announced: Velkara investee, Ostrivane Capital investor | 5e+08 USD once"]),
    # compute: the buyer pays, the seller provides
    ("Brimoral has signed a five-year, $4 billion agreement to buy cloud capacity from Tessaly Cloud.",
     ["compute announced: Brimoral buyer, Tessaly Cloud seller | 4e+09 USD once"]),
    ("Tessaly Cloud will provide Brimoral with $4 billion of computing capacity over five years.",
     ["compute announced: Tessaly Cloud seller, Brimoral buyer | 4e+09 USD once"]),
    ("Under the terms of the deal, Brimoral will pay Tessaly $800 million a year for access to its GPU clusters.",
     ["compute announced: Brimoral buyer, Tessaly seller | 8e+08 USD year"]),
    ("Brimoral will pay Tessaly $30bn annually over five years for access to its data centres.",
     ["compute announced: Brimoral buyer, Tessaly seller | 3e+10 USD year"]),
    ("Brimoral will rent 20,000 GPUs from Tessaly Cloud for three years in a deal worth $1.8 billion.",
     ["compute announced: Brimoral buyer, Tessaly Cloud seller | 1.8e+09 USD once"]),
    ("Tessaly Cloud will rent Brimoral 20,000 GPUs for three years.",
     ["compute announced: Tessaly Cloud seller, Brimoral buyer"]),
    ("Brimoral is in early talks with Tessaly about a cloud deal worth as much as $10 billion, according to people "
     "familiar with the matter.", ["compute talks: Brimoral buyer, Tessaly seller | 1e+10 USD once"]),
    # 'make <goods> available to X' supplies X (triggers.jsonl); a company disclosing an order discloses its own sale
    # (slots.yaml deal_heads: 'order')
    ("Tessaly will make 40,000 GPUs available to Velkara under an agreement worth $2 billion.",
     ["chips announced: Tessaly seller, Velkara buyer | 2e+09 USD once"]),
    ("Tessaly disclosed a $1.1 billion order from Velkara for cloud capacity.",
     ["compute announced: Tessaly seller, Velkara buyer | 1.1e+09 USD once"]),
    # the speaker is the other side of the trade it reports
    ("Tessaly said Brimoral had committed to spend $12 billion with it on cloud capacity over six years.",
     ["compute announced: Brimoral buyer, Tessaly seller | 1.2e+10 USD once"]),
    ("Brimoral has committed to spend $12 billion on Tessaly's cloud services over six years.",
     ["compute announced: Brimoral buyer, Tessaly seller | 1.2e+10 USD once"]),
    ("Brimoral has agreed to buy $2 billion of GPUs from Orvell. It will also rent capacity from Tessaly Cloud for "
     "$500 million a year.", ["chips announced: Brimoral buyer, Orvell seller | 2e+09 USD once",
                              "compute announced: Brimoral buyer, Tessaly Cloud seller | 5e+08 USD year"]),
    # chips
    ("Quorvane will purchase 50,000 GPUs from Orvell Semiconductor in a deal worth about $2 billion.",
     ["chips announced: Quorvane buyer, Orvell Semiconductor seller | 2e+09 USD once"]),
    ("Orvell Semiconductor will sell 50,000 of its accelerators to Quorvane for roughly $2 billion.",
     ["chips announced: Orvell Semiconductor seller, Quorvane buyer | 2e+09 USD once"]),
    ("Brimoral has agreed to buy up to $100 billion of chips from Orvell over the next decade.",
     ["chips announced: Brimoral buyer, Orvell seller | 1e+11 USD once"]),
    ("Tessaly shares jumped 20% after it disclosed a $10 billion order from Brimoral for its accelerators.",
     ["chips announced: Tessaly seller, Brimoral buyer | 1e+10 USD once"]),
    ("Tessaly will pay Brimoral $1 billion and Quorvane $500 million for GPU capacity.",
     ["compute announced: Tessaly buyer, Brimoral seller | 1e+09 USD once",
      "compute announced: Tessaly buyer, Quorvane seller | 5e+08 USD once"]),
    ("Brimoral signed a $2 billion deal with Tessaly for GPUs and a separate $1 billion agreement with Orvell for "
     "networking gear.", ["chips announced: Brimoral buyer, Tessaly seller | 2e+09 USD once",
                          "chips announced: Brimoral buyer, Orvell seller | 1e+09 USD once"]),
    # investment: rounds, investor lists, stakes, loans
    ("Quorvane, a Paris-based AI lab, has raised €600 million in a round led by Halvern Ventures.",
     ["investment completed: Quorvane investee, Halvern Ventures investor | 6e+08 EUR once"]),
    ("Kestrel Labs has raised $600 million. The Series B round was led by Halvern Ventures. Ostrix Capital and Marlow "
     "Partners also participated.", ["investment completed: Kestrel Labs investee, Halvern Ventures investor, "
                                     "Ostrix Capital investor, Marlow Partners investor | 6e+08 USD once"]),
    ("Dravik AI raised $300 million in a Series C round. The list of backers includes Halvern, Quillon and Brisa "
     "Capital.", ["investment completed: Dravik AI investee, Halvern investor, Quillon investor, "
                  "Brisa Capital investor | 3e+08 USD once"]),
    ("Halvern Capital led Brimoral's $500 million Series D. Ostrix Ventures and Marlow Partners joined.",
     ["investment announced: Halvern Capital investor, Brimoral investee, Ostrix Ventures investor, "
      "Marlow Partners investor | 5e+08 USD once"]),
    ("Brimoral closed its $500 million Series D. Halvern Capital led the round, and Ostrix Ventures, Marlow Partners "
     "and Brisa Capital joined.", ["investment completed: Brimoral investee, Halvern Capital investor, Ostrix Ventures "
                                  "investor, Marlow Partners investor, Brisa Capital investor | 5e+08 USD once"]),
    ("Investors in the round include Halvern, Ostrix Ventures and Brisa. The $500 million Series D values Brimoral at "
     "$5 billion.", ["investment announced: Brimoral investee, Halvern investor, Ostrix Ventures investor, "
                     "Brisa investor | 5e+08 USD once"]),
    ("Investors including Ostrix Capital, Marlow Partners and Halvern put $300 million into Kestrel Labs.",
     ["investment announced: Ostrix Capital investor, Marlow Partners investor, Halvern investor, "
      "Kestrel Labs investee | 3e+08 USD once"]),
    ("Tessaly is in advanced talks to invest as much as $5 billion in Quorvane, people familiar with the matter said.",
     ["investment talks: Tessaly investor, Quorvane investee | 5e+09 USD once"]),
    ("Brimoral said Tuesday it would invest up to $4 billion in Kestrel Robotics, taking a minority stake.",
     ["investment announced: Brimoral investor, Kestrel Robotics investee | 4e+09 USD once"]),
    ("Halvern Capital has agreed to buy a 30% stake in Tessaly's data centre unit for $2.1 billion.",
     ["investment announced: Halvern Capital investor, Tessaly investee | 2.1e+09 USD once"]),
    # (a loan to build one site is data-centre financing, guideline 6: type.loan_for_site)
    ("Kestrel Data Centers secured a $1.5 billion loan from Ostrix Bank to build its campus in Ohio.",
     ["datacenter completed: Kestrel Data Centers buyer, Ostrix Bank seller | 1.5e+09 USD once"]),
    ("Tessaly received a $250 million investment from Brimoral, the chip startup said Tuesday.",
     ["investment completed: Tessaly investee, Brimoral investor | 2.5e+08 USD once"]),
    ("Tessaly raised $500 million from Halvern, while Quorvane raised $300 million from Ostrix.",
     ["investment completed: Tessaly investee, Halvern investor | 5e+08 USD once",
      "investment completed: Quorvane investee, Ostrix investor | 3e+08 USD once"]),
    ("Korean chipmaker Quorvane Semiconductor has received a 300 billion won investment from the state-run Halvern "
     "Development Bank.", ["investment completed: Quorvane Semiconductor investee, Halvern Development Bank investor "
                           "| 3e+11 KRW once"]),
    ("Kestrel announced a $500 million equity stake in the British cloud company, Brimoral.",
     ["investment announced: Kestrel investor, Brimoral investee | 5e+08 USD once"]),
    ("Dara Lintz, CEO of Quorvane, called Britain a rising power in AI. Specifically, he announced a $500 million "
     "equity stake in Brimoral Cloud.", ["investment announced: Quorvane investor, Brimoral Cloud investee "
                                         "| 5e+08 USD once"]),
    ("Brimoral makes chips for data centres. The company has raised $200 million from Halvern Capital.",
     ["investment completed: Brimoral investee, Halvern Capital investor | 2e+08 USD once"]),
    ("Halvern, which invested $1 billion in Brimoral in 2023, is now leading a $4 billion round in Tessaly.",
     ["investment announced: Halvern investor, Tessaly investee | 4e+09 USD once",
      "investment completed: Halvern investor, Brimoral investee | 1e+09 USD once"]),
    ("Halvern and Ostrix each invested $100 million in Kestrel Labs.",
     ["investment completed: Halvern investor, Kestrel Labs investee | 1e+08 USD once",
      "investment completed: Ostrix investor, Kestrel Labs investee | 1e+08 USD once"]),
    ("Tessaly raised $1 billion. Halvern led the round. The company also secured a $500 million credit line from "
     "Ostrix Bank.", ["investment completed: Tessaly investee, Halvern investor | 1e+09 USD once",
                      "investment completed: Tessaly investee, Ostrix Bank investor | 5e+08 USD once"]),
    ("Brimoral announced a strategic investment of $300 million in Quorvane, deepening their partnership.",
     ["investment announced: Brimoral investor, Quorvane investee | 3e+08 USD once"]),
    ("Halvern Holdings made a capital injection of 500 billion won into Quorvane Cloud.",
     ["investment announced: Halvern Holdings investor, Quorvane Cloud investee | 5e+11 KRW once"]),
    ("Brimoral will subscribe to new shares worth ¥30 billion issued by Tessaly Systems.",
     ["investment announced: Brimoral investor, Tessaly Systems investee | 3e+10 JPY once"]),
    # acquisition
    ("Kestrel Networks will be acquired by Orvell Semiconductor for $3.2 billion, the companies said on Monday.",
     ["acquisition announced: Kestrel Networks target, Orvell Semiconductor acquirer | 3.2e+09 USD once"]),
    ("The acquisition of Kestrel Networks by Orvell Semiconductor is expected to close in the first quarter.",
     ["acquisition announced: Orvell Semiconductor acquirer, Kestrel Networks target"]),
    ("Halvern Capital and Ostrix Partners agreed to buy Kestrel Data for $15 billion including debt.",
     ["acquisition announced: Halvern Capital acquirer, Ostrix Partners acquirer, Kestrel Data target "
      "| 1.5e+10 USD once"]),
    ("Australian operator Kestrel Data has been acquired by a consortium of Halvern Infrastructure and Ostrix "
     "Capital for A$6 billion.", ["acquisition completed: Kestrel Data target, Halvern Infrastructure acquirer, "
                                  "Ostrix Capital acquirer | 6e+09 AUD once"]),
    ("Brimoral is reportedly weighing a $10 billion bid for Tessaly.",
     ["acquisition talks: Brimoral acquirer, Tessaly target | 1e+10 USD once"]),
    ("Brimoral has completed its previously announced $4 billion acquisition of Tessaly.",
     ["acquisition completed: Brimoral acquirer, Tessaly target | 4e+09 USD once"]),
    # datacenter: landlord or builder sells, tenant buys
    ("Tamsin Quell, chief executive of Orlov Data, said the company would lease 200 MW to Hanbit Telecom.",
     ["datacenter announced: Orlov Data seller, Hanbit Telecom buyer"]),
    ("Velkara Digital signed a 15-year lease with Tessaly for its 300 MW campus in Texas, worth $7 billion.",
     ["datacenter announced: Tessaly buyer, Velkara Digital seller | 7e+09 USD once"]),
    ("Ostrix Infrastructure will build and operate a 500 MW data center for Brimoral under a $9 billion contract.",
     ["datacenter announced: Ostrix Infrastructure seller, Brimoral buyer | 9e+09 USD once"]),
    # power
    ("Brimoral struck a 10-year, $8 billion power purchase agreement with Velkara Energy for 800 megawatts from its "
     "nuclear plant.", ["power announced: Brimoral buyer, Velkara Energy seller | 8e+09 USD once"]),
    ("Tessaly Power will sell electricity from its solar farms to Brimoral's data centres under a 15-year deal worth "
     "R14 billion.", ["power announced: Tessaly Power seller, Brimoral buyer | 1.4e+10 ZAR once"]),
    # partnership: joint undertakings (guideline 5)
    ("Velkara Power and Brimoral will jointly invest $10 billion in a new data center campus in Arizona.",
     ["partnership announced: Velkara Power partner, Brimoral partner | 1e+10 USD once"]),
    ("The Government of Tessalia has signed a memorandum of understanding with Brimoral to build a ₹5,000 crore data "
     "centre park.", ["partnership announced: Government of Tessalia partner, Brimoral partner | 5e+10 INR once"]),
    ("Brimoral and Tessaly established a joint venture company, Brisa AI, with registered capital of 1 billion yuan.",
     ["partnership announced: Brimoral partner, Tessaly partner | 1e+09 CNY once"]),
    # headlines
    ("Brimoral signs 20-year nuclear power deal with Velkara Energy",
     ["power announced: Brimoral buyer, Velkara Energy seller"]),
    ("Brimoral Raises $300 Million Led by Halvern to Build AI Chips",
     ["investment completed: Brimoral investee, Halvern investor | 3e+08 USD once"]),
    ("REDMOND, Wash. (AP) — Brimoral Tessaly is investing $1.5 billion in Quarnell Systems.",
     ["investment announced: Brimoral Tessaly investor, Quarnell Systems investee | 1.5e+09 USD once"]),
    # no deal: results, budgets, history without a figure, refusals, valuations
    ("Brimoral's revenue rose 40% to $3 billion in the quarter, the company said.", []),
    ("Brimoral plans to spend $40 billion on data centres this year, up from $25 billion last year.", []),
    ("Halvern, an early backer of Brimoral, has invested in the company since 2019.", []),
    ("Brimoral denied a report that it was in talks to acquire Kestrel.", []),
    ("The deal was called off after regulators objected to Brimoral's plan to buy Kestrel for $5 billion.", []),
    ("Brimoral is valued at $20 billion after its latest funding round.", []),
    ("Brimoral has invested more than $10 billion in its own data centres since 2020.", []),
    # known companies named on the way are no parties: a comparison, customers, the companies not chosen
    ("Like Microsoft before it, Brimoral has struck a deal to buy power from a reactor operated by Kelmar Energy, "
     "paying $600 million over ten years.", ["power announced: Brimoral buyer, Kelmar Energy seller | 6e+08 USD once"]),
    ("Unlike OpenAI, which relies on Microsoft, Velkara signed a $1 billion compute deal with Halvern Cloud.",
     ["compute announced: Velkara buyer, Halvern Cloud seller | 1e+09 USD once"]),
    ("Orlov Data, which counts Amazon among its customers, has agreed to buy Velkara Networks for $900 million.",
     ["acquisition announced: Orlov Data acquirer, Velkara Networks target | 9e+08 USD once"]),
    ("Quorvane chose Tessaly over Amazon Web Services and Microsoft Azure, signing a $4 billion cloud contract.",
     ["compute announced: Quorvane buyer, Tessaly seller | 4e+09 USD once"]),
    ("Brimoral will buy its GPUs from Tessaly instead of Nvidia, paying $2 billion over three years.",
     ["chips announced: Brimoral buyer, Tessaly seller | 2e+09 USD once"]),
    ("Brimoral, backed by SoftBank and Nvidia, has signed a $1 billion compute deal with Quorvane Cloud.",
     ["compute announced: Brimoral buyer, Quorvane Cloud seller | 1e+09 USD once"]),
    ("The deal, announced at Nvidia's GTC conference, will see Orlov Data supply Velkara with $700 million of servers.",
     ["chips announced: Orlov Data seller, Velkara buyer | 7e+08 USD once"]),
    # the role in so many words
    ("Brimoral Telecom onboarded Orlov AI as the anchor tenant of its 200 MW campus in a ten-year lease worth "
     "€1.1 billion.", ["datacenter announced: Brimoral Telecom seller, Orlov AI buyer | 1.1e+09 EUR once"]),
    # 'the startup', 'the cloud provider': a company of the sentence before, by the kind the phrase gives
    ("Brimoral, a London-based AI lab, has agreed a major compute deal. The startup will pay Tessaly Cloud $2 billion "
     "over four years for access to 30,000 GPUs, the companies said on Monday.",
     ["compute announced: Brimoral buyer, Tessaly Cloud seller | 2e+09 USD once"]),
    ("Kelmar Semiconductor has won a large order from Tessaly. The cloud provider will buy $900 million of Kelmar's "
     "networking chips over two years.", ["chips announced: Tessaly buyer, Kelmar seller | 9e+08 USD once"]),
    ("Tessaly Cloud said its largest customer, Brimoral, had expanded its contract. The AI developer will now spend "
     "$3 billion on Tessaly's GPUs through 2029.",
     ["chips announced: Brimoral buyer, Tessaly seller | 3e+09 USD once"]),
    # a round's investors told after it, and 'it' for the company just named
    ("Velkara is in talks to raise about $500 million in new funding, according to people familiar with the matter. "
     "Ostrix Ventures is expected to lead the round, which would value the startup at $4 billion.",
     ["investment talks: Velkara investee, Ostrix Ventures investor | 5e+08 USD once"]),
    ("Brimoral raised $80 million in a Series B. Halvern Capital, which backed Orvell Labs in 2023, led the round.",
     ["investment completed: Brimoral investee, Halvern Capital investor | 8e+07 USD once"]),
    ("Tessaly has signed two new contracts. Halvern will pay it $700 million for GPU capacity.",
     ["compute announced: Halvern buyer, Tessaly seller | 7e+08 USD once"]),
    ("Brimoral is a chip startup. Ostrix Capital will invest $50 million in it.",
     ["investment announced: Ostrix Capital investor, Brimoral investee | 5e+07 USD once"]),
    # a contract won, whose goods only the winner's name says
    ("Tessaly Cloud lands $2 billion contract from Brimoral.",
     ["compute announced: Tessaly Cloud seller, Brimoral buyer | 2e+09 USD once"]),
    ("Tessaly Cloud Wins $2 Billion Brimoral Deal",
     ["compute announced: Tessaly Cloud seller, Brimoral buyer | 2e+09 USD once"]),
    ("Kelmar Capital-backed Velkara Compute has raised $180 million in debt financing from a consortium of banks led "
     "by Halvern Bank.", ["investment completed: Velkara Compute investee, Halvern Bank investor | 1.8e+08 USD once"]),
    ("QRVN will pay Tessaly $400 million for GPU capacity.",
     ["compute announced: QRVN buyer, Tessaly seller | 4e+08 USD once"]),
    ("Through its newly established Ostrivel, Tamsin is injecting $180 million directly into Velkara.",
     ["investment announced: Ostrivel investor, Velkara investee | 1.8e+08 USD once"]),
    ("Velkara said it had raised $600 million in a Series C. In a blog post, the company said the investors in the "
     "round included \"Ostrix, Kelmar, Tessaly and Halvern.\"",
     ["investment completed: Velkara investee, Ostrix investor, Kelmar investor, Tessaly investor, Halvern investor | "
      "6e+08 USD once"]),
    # kinds a description gives a name no list knows
    ("AI cloud provider Tessaly has expanded its partnership with Brimoral in a new deal worth up to $6.5 billion.",
     ["compute announced: Brimoral buyer, Tessaly seller | 6.5e+09 USD once"]),
    ("Chinese AI startup Velkara has raised more than 1bn yuan ($137m) in a new funding round. The investment round "
     "includes participation from the government-supported Ostrix and Kelmar.",
     ["investment completed: Velkara investee, Ostrix investor, Kelmar investor | 1e+09 CNY once"]),
    ("Ostrix Capital will provide up to $500 million in financing for Quorvane's expansion.",
     ["investment announced: Quorvane investee, Ostrix Capital investor | 5e+08 USD once"]),
    ("Investors in the round include Ostrix Capital, Kelmar Ventures and Halvern Partners, Velkara said as it "
     "announced a $750 million Series D.", ["investment announced: Velkara investee, Ostrix Capital investor, Kelmar Ventures "
                                  "investor, Halvern Partners investor | 7.5e+08 USD once"]),
    ("Kelmar Infrastructure has agreed to take Velkara Networks private in a deal valuing the company at $3.1 billion.",
     ["acquisition announced: Kelmar Infrastructure acquirer, Velkara Networks target"]),
    ("Brimoral inked a pact worth up to $3 billion to rent AI servers from Halvern Compute.",
     ["compute announced: Brimoral buyer, Halvern Compute seller | 3e+09 USD once"]),
    ("Halvern expanded its contract with Brimoral Cloud by $800 million, bringing the total to $2.3 billion.",
     ["compute announced: Halvern buyer, Brimoral Cloud seller | 8e+08 USD once"]),
    ("Kelmar signed on as the anchor customer for Tessaly's new 300 MW campus, agreeing to a 12-year lease worth "
     "$4 billion.", ["datacenter announced: Kelmar buyer, Tessaly seller | 4e+09 USD once"]),
    ("Tessaly and Brimoral have signed a cloud deal, with Brimoral paying $3 billion upfront.",
     ["compute announced: Brimoral buyer, Tessaly seller | 3e+09 USD once"]),
    # power bought from a named company's plant
    ("Brimoral signed a 20-year agreement to buy power from Kelmar Nuclear's Dunmore reactor, about 800 MW.",
     ["power announced: Brimoral buyer, Kelmar Nuclear seller"]),
    ("Brimoral will buy all the electricity from Tessaly's Ridge plant for 20 years.",
     ["power announced: Brimoral buyer, Tessaly seller"]),
    ("Kelmar and Tessaly Announce $5 Billion AI Infrastructure Partnership",
     ["partnership announced: Kelmar partner, Tessaly partner | 5e+09 USD once"]),
    # legal forms of other regions: inner full stops do not end the sentence, and the form is no part of the name
    ("Halvern Energy S.p.A. will supply 150 MW of renewable power to Tessaly's Milan campus under a 12-year PPA.",
     ["power announced: Halvern Energy seller, Tessaly buyer"]),
    ("Ostrivel Infra Pvt Ltd raised Rs 1,200 crore from Halvern Capital to expand its GPU cloud.",
     ["investment completed: Ostrivel Infra investee, Halvern Capital investor | 1.2e+10 INR once"]),
    # more investors of a round: to come, or in a relative clause on the round
    ("Velkara raised $200 million in a round led by Halvern Capital. Brisa Ventures is expected to participate in a "
     "second close.", ["investment completed: Velkara investee, Halvern Capital investor, Brisa Ventures investor "
                       "| 2e+08 USD once"]),
    # the counterparty described, then named after its role or describing noun in the next sentence
    ("Quorvane has agreed to acquire a chip designer for $700 million. The target, Velkara Semiconductor, employs "
     "200 people.", ["acquisition announced: Quorvane acquirer, Velkara Semiconductor target | 7e+08 USD once"]),
    ("Halvern Cloud will lease 40 MW of capacity to an AI startup for $300 million. The customer is Brimoral Labs, "
     "the company said.", ["compute announced: Halvern Cloud seller, Brimoral Labs buyer | 3e+08 USD once"]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:60] for t, _ in CASES])
def test_construction(nlp, text, expected):
    assert [rules.summary(d) for d in extract_deals(nlp, text)] == expected


# Headlines over their body (the title passed apart, as feeds and the eval files give it): a headline rounds its
# figures, so its figure within half a unit of its last digit of the body's is the same deal, one record
# (merging.headline_rounded); a headline figure far from the body's tells another deal (a guard)
TITLED = [
    # an abbreviation after 'Its' in a title-case headline modifies what is owned (mentions.headline_possessed)
    ("The $100 Billion Question: Can Orvane Pay For Its AI Ambitions?",
     "Orvane has committed to spending $100 billion on chips and data centres over four years, more than its expected "
     "revenue over that period.", []),
    ("Orvane Sells Its GPU Cloud Unit To Brandvik For $2 Billion", "The deal was announced on Monday.",
     ["acquisition announced: Orvane target, Brandvik acquirer | 2e+09 USD once"]),
    ("Tessin Cloud lands $3bn deal with Parrow AI",
     "Tessin Cloud signed a five-year agreement worth about $3.2 billion to provide GPU capacity to Parrow AI.",
     ["compute announced: Tessin Cloud seller, Parrow AI buyer | 3e+09 USD once"]),
    ("Parrow AI raises $450M",
     "Parrow AI has raised $452 million in a Series C round led by Tessin Ventures, the company said.",
     ["investment completed: Parrow AI investee, Tessin Ventures investor | 4.5e+08 USD once"]),
    ("Tessin Cloud lands $3bn deal with Parrow AI",
     "Tessin Cloud signed a five-year agreement worth about $5 billion to provide GPU capacity to Parrow AI.",
     ["partnership announced: Tessin Cloud partner, Parrow AI partner | 3e+09 USD once",
      "compute announced: Tessin Cloud seller, Parrow AI buyer | 5e+09 USD once"]),
    # a headline's preposition, capitalised or not, goes on no name (mentions.headline_small_word); the name right
    # before its noun of acquiring is the company bought (type.compound_target)
    ("Quarnell Closes $450 Million Brisk Labs Acquisition After Regulatory Hurdles",
     "Chipmaker Quarnell has completed its acquisition of AI firm Brisk Labs, the startup said on Monday.",
     ["acquisition completed: Quarnell acquirer, Brisk Labs target | 4.5e+08 USD once"]),
    ("Quarnell Closes $450 mln Brisk Labs Acquisition amid Antitrust Scrutiny",
     "Chipmaker Quarnell has completed its acquisition of AI firm Brisk Labs, the startup said on Monday.",
     ["acquisition completed: Quarnell acquirer, Brisk Labs target | 4.5e+08 USD once"]),
    # a title-case headline's verb of joining with its particle ends the name before it (mentions.name_phrasal_verb);
    # a common abbreviation after no name opens none (mentions.headline_common_abbreviation); a preposition the
    # lemmatizer lacks is a small word (mentions.headline_preposition)
    ("Orsk Teams Up With Pellmark Capital To Build $3 Billion Data Center Campus",
     "The deal was announced on Monday.",
     ["partnership announced: Orsk partner, Pellmark Capital partner | 3e+09 USD once"]),
    ("Orsk Signs $3 Billion Server Deal With Pellmark Amid Rising Demand",
     "The deal was announced on Monday.",
     ["chips announced: Orsk buyer, Pellmark seller | 3e+09 USD once"]),
    ("Orsk Signs $3 Billion Server Deal With Pellmark Against Tight Supply",
     "The deal was announced on Monday.",
     ["chips announced: Orsk buyer, Pellmark seller | 3e+09 USD once"]),
    ("Orsk Signs $3 Billion Deal With Pellmark To Build US AI Data Center Network",
     "Orsk will lease the sites from Pellmark.",
     ["datacenter announced: Orsk buyer, Pellmark seller | 3e+09 USD once"]),
    # a headline's verb of buying with its particle opens no name (cues headline_verbs; mentions.headline_verb_first)
    ("Pellmark to Snap Up Brisa Cloud in $2.3 Billion Deal", "The boards of both companies approved the transaction.",
     ["acquisition announced: Pellmark acquirer, Brisa Cloud target | 2.3e+09 USD once"]),
    ("Pellmark Scoops Up Brisa Cloud For $800 Million", "The deal is expected to close next year.",
     ["acquisition announced: Pellmark acquirer, Brisa Cloud target | 8e+08 USD once"]),
    # what a headline's verb of supplying supplies to someone is goods, no buyer (mentions.supplied_goods)
    ("Micron to supply HBM4E to Tarvio", "Micron plans to supply its newest memory chips to Tarvio's data centers.",
     ["chips announced: Micron seller, Tarvio buyer"]),
    # a headline's last words describe no name that opens the body (slots.DESCRIPTION_BEFORE, on one line)
    ("Drovane turns to Quillmark for $2bn of AI chips", "Drovane said it would buy the processors over three years.",
     ["chips announced: Drovane buyer, Quillmark seller | 2e+09 USD once"]),
]


@pytest.mark.parametrize("title,text,expected", TITLED, ids=[f"{t} | {x[:40]}" for t, x, _ in TITLED])
def test_titled_construction(nlp, title, text, expected):
    assert [rules.summary(d) for d in extract_deals(nlp, text, title)] == expected
