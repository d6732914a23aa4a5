"""English word sets the event rules read sentences with: forms of "be", participles,
clause and phrase boundaries, determiners, prepositions, modals."""

BE = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"}
CONTRACTED_BE_AFTER = {"he", "she", "it", "that", "there", "who", "what"}
IRREGULAR_PARTICIPLES = {"held", "beaten", "torn", "thrown", "shot", "freed", "hit", "seen", "taken", "kept",
                          "sentenced", "dragged", "hauled", "put", "closed", "disrupted"}
# Simple-past forms of verbs that report or make news without the "-ed" ending.
IRREGULAR_PAST = {"said", "told", "wrote", "spoke", "gave", "made", "took", "met", "saw", "sent", "sought", "swore",
                  "forbade", "foresaw", "taught", "thought", "withdrew", "overtook", "underwent"}
PERFECT_OR_FUTURE = {"has", "have", "had", "will", "would", "to", "can", "could", "may", "might", "shall", "should"}
# "Nigeria is seeing a wave of kidnappings": a country that sees, experiences or witnesses a wave of
# events is where they happen.
WITNESSING = {"see", "sees", "seeing", "saw", "seen", "experience", "experiences", "experiencing", "experienced",
              "witness", "witnesses", "witnessing", "witnessed"}
TREND_NOUNS = {"wave", "surge", "spate", "rise", "increase", "series", "string", "rash", "spike", "upsurge",
               "outbreak", "number", "spree"}
CLAUSE_BREAKS = {";", "but", "while", "whereas", "although", "though", ":"}
PHRASE_BREAKS = {",", ";", "which", "who", "whom", "that", "while", "but", ".", "“", "”", '"'}
POSSESSIVE_DETERMINERS = {"its", "their", "his", "her", "our", "my", "your"}
NOMINAL_BEFORE = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                   "'s", "’s", "of", "for", "in", "over", "after", "since", "amid", "during", "with", "against",
                   "new", "recent", "latest", "previous", "mass", "such", "any", "no"}
NOT_ADJECTIVES = {"who", "whom", "which", "that", "and", "or", "but", "to", "also", "not", "will", "would",
                   "could", "can", "may", "might", "has", "have", "had", "was", "were", "is", "are"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ar", "ent", "ant", "ary", "less", "ible", "able")
GIVING = {"give", "gave", "given", "giving", "grant", "granted", "offer", "offered", "provide", "provided",
           "extend", "extended", "award", "awarded", "send", "sent", "lend", "lent", "promise", "promised"}
PREPOSITIONS = {"of", "over", "for", "in", "on", "about", "against", "with", "amid", "after", "during", "from"}
MODALS = {"will", "would", "should", "could", "can", "may", "might", "must", "shall"}
ADJECTIVE_CONTEXT = {"the", "a", "an", "for", "of", "over", "on", "his", "her", "its", "their", "alleged"}

# Nouns of time before "in prison" ("ten years in prison"): a term, not custody.
DURATIONS = frozenset({"year", "month", "week", "day", "life", "decade", "term"})
