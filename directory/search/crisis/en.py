"""English crisis terms (see `matching` for the notation), and everyday searches that must not match them."""

# ruff: noqa: E501 (a term is one line, however long, so that the list reads as written)

TERMS = """
# Words and stems
suicid*
sucid*
suicd*
suiside*
suacid*
sewer slide
unaliv*
overdos*
over dose*
overdoz*
self harm*
selfharm*
self injur*
self mutilat*
crisis
crises
988
911
# An emergency, but not "emergency food" or "emergency shelter"
^ emergency $
its an emergency
psychiatric|mental|medical|suicidal|psych emergency|emergencies
emergency room|department|hotline|line|number|psychiatric|psych

# Wanting to die, for oneself or someone else
want|wants|wanted|wanting|wanna|wana|wish|wishes|wished|wishing|ready|trying|tried|plan|plans|planning|gonna|deserve|deserves|rather|going .. die
wish|wishes|wished|wishing .. (dead|never born|werent born|wasnt born|not alive)
better off (dead|without me|without him|without her|without them)
kill|kills|killed|killing|kil|kms|kys myself|himself|herself|themselves|themself|yourself|ourselves|meself|myslef
kill|kills|killed|killing (my self|him self|her self)
hang|hanging|hung|shoot|shooting|shot|drown|drowning|poison|poisoning|stab|stabbing|starve|starving|cut|cuts|cutting|burn|burning|hurt|hurts|hurting|harm|harms|harming|injure|injuring|off (myself|himself|herself|themselves|themself|my self)
end|ends|ending|ended|take|takes|taking|took|taken my|his|her|their|your [own] life|lives
end|ends|ending|ended (it all|everything)
no|nothing|zero|little reason|point|will|purpose to|for (live|living|be alive|life|go on)
nothing [left] to live for
not|isnt|aint|wasnt worth (living|being alive)
life|lifes|living is|isnt|feels .. (pointless|meaningless|over|not worth|hopeless)
dont|doesnt|didnt|not|never|longer|cant .. want|wanna|wants|wish [to] (live|exist|be alive|be here|stay alive|wake up|go on|keep living|keep going|continue living) $
dont|doesnt|didnt|not|never|longer|cant .. want|wanna|wants|wish [to] (live|exist|be alive|be here|stay alive|wake up|keep living) .. anymore|more|tomorrow|again
dont|doesnt|didnt|not|never|longer|cant .. want|wanna|wants|wish [to] (be alive|stay alive|exist|wake up|keep living|continue living)
cant|cannot|couldnt|unable [to] (go on|take it|take this|do this|keep going|carry on|cope) .. anymore|longer|more
cant|cannot|couldnt (go on|carry on|take it|take this) $
give|giving|gave|given up on (life|living)
want|wants|wanna|need|make|wish .. pain|it|everything|suffering|this [to|would] (stop|end|be over)
thoughts|thinking|think|thought|thinks|talk|talks|talking|talked about|of (dying|ending it|ending my life|not waking up|being dead)
thoughts of death
suicidal|dark thoughts
threat|threats|threaten|threatens|threatened|threatening .. suicide|kill|killing|die|dying|end|hurt|harm|jump|shoot|overdose
voices .. tell|tells|telling|told .. kill|hurt|die|jump

# Ways people describe an attempt or an overdose
slit|slitting|slice|cut|cutting .. wrist|wrists|veins
jump|jumping|jumped|leap|leaping .. bridge|roof|building|cliff|balcony|train|window|tracks|overpass
too many|much .. pills|tablets|meds|medication|medicine|fentanyl|heroin|xanax|oxy|opioids
took|swallowed|taken|ate|downed .. bottle|handful|box|packet of pills|tablets|meds|sleeping
not|isnt|stopped|barely|cant breathing|breathe|responding
isnt|not|wont|never (wake up|waking up)
cant|cannot|couldnt wake (him|her|them|my|up)
unresponsive
turning|turned|going|gone blue
od|oding|oded|odding|odeing $
od|oding|oded|odding (on|and|now|need|help)
narcan|naloxone (now|asap|fast|quick|urgent|urgently|help)

# Danger to others, and breaking down
want|wants|wanna|going|gonna|plan|planning|thinking .. kill|hurt|shoot|stab someone|somebody|people|him|her|them|everyone|others
homicid*
in danger
mental|nervous|emotional|psychotic breakdown
having a breakdown

# Means, goodbyes, and a plan for tonight
take|taking|took|taken|swallow|swallowed|ate|downed .. (all|a bunch of|a lot of|lots of|the rest of) [my|the|his|her] pills|tablets|meds|medication|sleeping
(have|got|bought|holding|has) a (gun|rope|noose) .. (myself|himself|herself|me|die|end)
use it on (myself|himself|herself|themselves)
(goodbye|bye|farewell) (everyone|everybody|all|world|cruel world|forever)
(suicide|goodbye) (note|letter)
writing .. (goodbye|farewell|last) (note|letter)
^ (kms|kys) $
want|wanna|gonna|going .. (kms|kys)
sleep .. (forever|and never wake)
"""

MISSPELLABLE = ("suicide", "suicidal", "overdose", "overdosed", "overdosing")

EVERYDAY = """
help with rent
food bank near me
food pantry open today
emergency food
emergency shelter
free counseling
talk therapy
support group for parents
grief support after a death in the family
diet and nutrition class
detox
methadone clinic
needle exchange
harm reduction supplies
housing for people leaving prison
job training
legal aid for eviction
domestic violence shelter
anger management
parenting class
free dental care
alcoholics anonymous meeting
narcotics anonymous
mental health clinic
peer support
bus pass
clothing bank
veterans services
warm meals
how to cope with stress
sleep problems
kill lice
"""
