"""The word lists that find and link mentions of people and things: titles, pronouns, role nouns.

One module owns them, so that the mention layer (:mod:`presslens.coref`), the entities, the
people, the quotation sources and the key terms read the same lists.
"""

from __future__ import annotations

import re

#: Titles before a name and the gender they state (``None``: none stated).
HONORIFICS = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "mx": None,
    "dr": None,
    "prof": None,
    "professor": None,
    "sir": "male",
    "dame": "female",
    "lord": "male",
    "lady": "female",
    "rev": None,
    "cardinal": "male",  # "Cardinal Cormac Murphy O'Connor", whom the recogniser missed
    "archbishop": None,
}
#: Honorifics always followed by a surname ("Mr Howard" is never Howard Flight); "Sir", "Dame" and
#: "Lady" take a first name too ("Sir Alex").
SURNAME_HONORIFICS = frozenset("mr mrs ms miss mx dr prof".split())
#: Letters after a name that are no part of it ("William Haughey OBE", "Guy Mansfield QC").
POSTNOMINALS = frozenset("OBE MBE CBE KBE DBE QC KC MP MSP MEP".split())
#: Third-person singular pronouns of people and the gender they state.
PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
#: Pronouns of things (an organisation, a place, a document) and of groups.
NEUTER_PRONOUNS = frozenset("it its itself".split())
PLURAL_PRONOUNS = frozenset("they them their theirs themselves".split())
#: Pronouns that refer to the speaker (inside a quotation) or the writer.
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
#: Nouns for unnamed people: a pronoun after one of them refers to it, not to an earlier name;
#: "the <role noun>" is a description of a person (linked to the named holder of the role).
ROLE_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson source sources aide
officer analyst expert witness resident man woman boy girl doctor lawyer minister president chief
executive manager boss coach player father mother son daughter wife husband brother sister friend""".split()
)
#: Further nouns of roles a named person holds ("Liverpool chief executive Rick Parry", "the mayor").
ROLE_TITLES = ROLE_NOUNS | frozenset(
    """mayor governor senator secretary chancellor premier king queen prince
princess judge bishop archbishop cardinal rabbi imam pope ceo chairman chairwoman chair director
head leader captain striker
midfielder defender goalkeeper winger forward singer actor actress author writer star founder
president-elect candidate nominee commissioner prosecutor attorney sheriff ambassador envoy
spokesperson professor economist scientist researcher editor presenter mp msp mep""".split()
)
#: Role nouns of an office one named person holds ("the United boss", "the minister"): newswriting
#: varies a name with one ("Ferguson believes … The United boss said …"). Not the nouns of
#: anonymous sources, of kin or of people at large ("the spokesman", "the man", "his father"),
#: which name someone else.
OFFICE_NOUNS = ROLE_TITLES - frozenset(
    """official officials spokesman spokeswoman spokesperson source sources aide officer analyst
expert witness resident man woman boy girl doctor lawyer father mother son daughter wife husband
brother sister friend star author writer""".split()
)
#: Offices a more general office noun covers: "Education Secretary Ruth Kelly … The minister".
OFFICES_COVERED = {
    "minister": frozenset({"secretary", "chancellor", "minister"}),
    "boss": frozenset({"manager", "coach", "chairman", "chief", "executive", "boss"}),
    "mp": frozenset({"secretary", "chancellor", "minister", "leader", "mp"}),
}
#: Role titles that are by convention part of a person's name ("Prince Charles", "Judge Judy",
#: "Captain Scott", "Boy George"); the others are not ("Striker Thierry Henry" is Thierry Henry).
RANK_TITLES = frozenset(
    """king queen prince princess pope bishop archbishop cardinal rabbi imam judge president
president-elect governor senator mayor chancellor secretary premier commissioner ambassador
sheriff attorney chief doctor professor captain boy girl man woman""".split()
)
#: Abbreviated titles of US wire copy before a name ("Sens. Chuck Schumer", "Brig. Gen. Timothy
#: Reisch", "Rep.", "Gov."), the full stop aside: alone, a title and no name.
TITLE_ABBREVIATIONS = frozenset(
    "sen sens rep reps gov govs gen gens brig lt col maj capt sgt cpl pvt adm cmdr supt insp det atty".split()
)
#: Party labels written before a politician's name, which the recogniser takes into the name ("Tory
#: Liam Fox"): no part of it, though "Tory" is a first name too.
PARTY_LABELS = frozenset(
    "Tory Labour Conservative Democrat Republican Liberal Unionist Nationalist Socialist Communist".split()
)
#: A party and state after a US politician's name ("Sen. Jeff Sessions, R-Ala.", "D-N.Y.", "I-Vt.").
PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*")
#: Role nouns that say a person's gender ("his father", "the actress"): a pronoun of the other
#: gender never refers to a description headed by one.
ROLE_GENDER = {
    **dict.fromkeys(
        """father son husband brother boyfriend uncle nephew grandfather grandson king prince duke
man boy spokesman chairman actor""".split(),
        "male",
    ),
    **dict.fromkeys(
        """mother daughter wife sister girlfriend aunt niece grandmother granddaughter queen princess
duchess woman girl spokeswoman chairwoman actress""".split(),
        "female",
    ),
}
#: Nouns of family ties: a name introduced as someone's relative ("the daughter of Vazha Pruidze",
#: "her husband John Patey", "married Ted Bailey") is a second person of that surname.
KIN_NOUNS = frozenset(
    """father mother son daughter wife husband brother sister uncle aunt nephew niece cousin
grandfather grandmother grandson granddaughter widow widower stepfather stepmother stepson
stepdaughter fiance fiancé fiancee fiancée parents""".split()
)
#: Nouns of occupations: a name with one of them (or a role title or kin noun) in apposition is a
#: person's ("Rich Ilczyszyn, a broker at Lind-Waldock"), whatever word the name starts with.
OCCUPATION_NOUNS = frozenset(
    """broker trader dealer strategist banker consultant accountant teacher nurse student pupil farmer
worker soldier engineer designer artist musician pilot journalist reporter correspondent columnist
photographer chef architect surgeon physician historian lecturer academic activist protester
veteran athlete sprinter runner swimmer cyclist jockey boxer golfer batsman bowler footballer
dancer rapper drummer guitarist bassist comedian novelist poet playwright composer screenwriter
filmmaker film-maker""".split()
)
#: Verbs whose object is a spouse ("she married John Patey").
MARRIAGE_VERBS = frozenset("marry divorce wed".split())
#: Nouns that make a description plural or a group ("the officials", "the police").
GROUP_NOUNS = frozenset("police government club team party company board council army".split())
#: Nouns that say what kind of thing a named organisation or place is: "the Bloglines website" and
#: "the Taliban government" are Bloglines and the Taliban.
KIND_NOUNS = frozenset(
    """firm company group government site website service network operator business party club
team agency organisation organization city country state airline bank carrier""".split()
)
#: Last words of the names of shows, events, publications, products and services, never of a person's
#: name ("The Dawn and Drew Show", "Daily Source Code", "Really Simple Syndication", "Winter Olympics").
WORK_NOUNS = frozenset(
    """show podcast podcasts programme program hour code syndication magazine journal
review network radio channel project awards festival records studios productions news times online
tonight software platform app system series olympics games championship championships cup prix
marathon tournament trophy gallery museum theatre library""".split()
)
#: Last words of the names of institutions and buildings ("Daniel Freeman Marina Hospital", "St
#: Mary's College"), a person's only where they are a surname ("Charlotte Church", "Margaret Court").
INSTITUTION_NOUNS = frozenset(
    """hospital clinic school college university academy institute institution centre center
church cathedral mosque temple foundation trust council court prison stadium airport station hotel""".split()
)
#: Last words of firms' names ("Michael Foods", "Sugar Foods", "Tyson Foods", "Basic American
#: Holdings"), a person's only where they are a surname.
FIRM_NAME_ENDINGS = frozenset(
    """foods holdings industries inc corp corporation ltd plc llc group motors airlines airways systems
networks technologies pharmaceuticals partners associates enterprises brands stores bank bancorp
investments securities insurance electronics communications telecom laboratories labs seafood
petroleum resources chemicals""".split()
)
#: Heads of descriptions of unnamed people ("officials", "a spokesman", "analysts"): a quotation
#: source of type anonymous (:mod:`presslens.quotes.sources`).
ANONYMOUS_NOUNS = frozenset(
    """official officials source sources person people aide aides
spokesman spokeswoman spokesperson staffer staffers insider insiders diplomat diplomats officer officers
analyst analysts expert experts observer observers critic critics resident residents witness witnesses
member members adviser advisers advisor advisors lawmaker lawmakers executive executives employee
employees operative operatives supporter supporters voter voters friend friends someone anyone
investigator investigators authority authorities commentator commentators others fan fans
campaigner campaigners ally allies lawyer lawyers international internationals
user users customer customers consumer consumers
shopper shoppers passenger passengers patient patients student students teacher teachers parent parents
worker workers viewer viewers listener listeners figure assistant assistants agent agents publicist publicists
representative representatives colleague colleagues neighbour neighbours neighbor neighbors relative relatives
acquaintance acquaintances classmate classmates teammate teammates team-mate team-mates""".split()
)
#: Heads of descriptions of bodies ("the government", "the company", "the club"): a source of type
#: organisation.
ORGANISATION_NOUNS = frozenset(
    """government administration department ministry agency house pentagon
police military army navy campaign company firm group committee council commission court congress
senate party office bureau service services union coalition organization organisation team state
states embassy fbi cia nsa taliban club""".split()
)
#: Verbs of saying (lemmas) that news uses to attribute statements (:mod:`presslens.quotes.cues`).
SPEECH_VERBS = frozenset(
    """
say tell add warn claim state note explain write report announce insist argue acknowledge admit ask
reply respond suggest confirm deny describe predict declare testify tweet post recall conclude urge
caution contend assert maintain stress emphasize emphasise observe remark comment complain concede
boast vow promise threaten estimate allege disclose reveal indicate charge counter quip joke
recount relate reiterate repeat accuse agree cite mention point inform assure tout lament
""".split()
)


#: Currencies, written after an amount ("784m euro figure", "1.4bn euros profit", "5.45m Euros"):
#: no phrase of their own, and no person's name when capitalised.
CURRENCY_WORDS = frozenset(
    "euro euros dollar dollars pound pounds yen yuan rupee rupees rouble roubles ruble rubles franc francs".split()
)


def is_title_word(word: str) -> bool:
    """Whether a word is a role title or an honorific ("President", "chief", "Mr.", "Dr").

    Examples
    --------
    >>> is_title_word("President"), is_title_word("Mr."), is_title_word("Parry")
    (True, True, False)
    """
    low = word.lower()
    return low in ROLE_TITLES or low.rstrip(".") in HONORIFICS
