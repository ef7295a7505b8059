// The lexicon's table (see quantity/lexicon.hpp): one row per word or phrase, all its classes on
// that row. A row is the lower-case text, a bar, and its classes; `name=value` is a class with a
// payload (currency=EUR, scale=9, month=9, flow=exports, direction=up, qualifier=more_than,
// sign=-, unit=TEU, aspect=price). '#' starts a comment. Add a word here, not in code.
#include <string_view>

namespace crossfoot::lexicon::detail {

extern const std::string_view table;
const std::string_view table = R"lexicon(
# money: currencies (the quantity grammar's currency tables), scales (its scale tables), percentages
rmb             | currency=RMB currency_before currency_after filler sign_of=¥
cny             | currency=RMB currency_before currency_after filler sign_of=¥
usd             | currency=USD currency_before currency_after filler sign_of=$
us$             | currency=USD currency_before currency_after filler sign_of=$
eur             | currency=EUR currency_before currency_after filler
gbp             | currency=GBP currency_before currency_after filler
jpy             | currency=JPY currency_before currency_after filler sign_of=¥
$               | currency=USD currency_before currency_after
€               | currency=EUR currency_before currency_after
£               | currency=GBP currency_before currency_after
¥               | currency=JPY currency_before currency_after
yuan            | currency=RMB currency_after filler sign_of=¥
renminbi        | currency=RMB currency_after filler sign_of=¥
dollars         | currency=USD currency_after filler
dollar          | currency=USD currency_after filler
euros           | currency=EUR currency_after filler
euro            | currency=EUR currency_after
pounds          | currency=GBP currency_after filler
pound           | currency=GBP currency_after filler
sterling        | currency=GBP currency_after filler
yen             | currency=JPY currency_after filler sign_of=¥
# other currencies: ISO codes (num/unit.cpp's currency table), their dollar signs, their names
aud             | currency=AUD currency_before currency_after filler sign_of=$
a$              | currency=AUD currency_before currency_after sign_of=$
au$             | currency=AUD currency_before currency_after sign_of=$
cad             | currency=CAD currency_before currency_after filler sign_of=$
c$              | currency=CAD currency_before currency_after sign_of=$
ca$             | currency=CAD currency_before currency_after sign_of=$
nzd             | currency=NZD currency_before currency_after filler sign_of=$
nz$             | currency=NZD currency_before currency_after sign_of=$
hkd             | currency=HKD currency_before currency_after filler sign_of=$
hk$             | currency=HKD currency_before currency_after sign_of=$
sgd             | currency=SGD currency_before currency_after filler sign_of=$
chf             | currency=CHF currency_before currency_after filler
sek             | currency=SEK currency_before currency_after filler
nok             | currency=NOK currency_before currency_after filler
dkk             | currency=DKK currency_before currency_after filler
inr             | currency=INR currency_before currency_after filler sign_of=rs.
krw             | currency=KRW currency_before currency_after filler
# "US dollars 285 million": central banks of South Asia and others write the name before the
# amount as they would a code
us dollars      | currency=USD currency_before currency_after sign_of=$
canadian dollars | currency=CAD currency_after sign_of=$
australian dollars | currency=AUD currency_after sign_of=$
new zealand dollars | currency=NZD currency_after sign_of=$
hong kong dollars | currency=HKD currency_after sign_of=$
singapore dollars | currency=SGD currency_after sign_of=$
swiss francs    | currency=CHF currency_after
francs          | currency=CHF currency_after filler
rupees          | currency=INR currency_after filler
# "Rs. 363", "Rs 1,254,813 million": the rupee's sign, with its point or without, read like "$"
# (extract/money.cpp): the Indian rupee unless the draft names another rupee (its code or name)
# or its publisher. Only a word of its own: the grammar looks past "Rs" to the code RSD ("RSD 5
# million": quantity/detail/grammar_def.hpp currency_prefix reads a code only to its word's end).
rs.             | currency=INR currency_before
rs              | currency=INR currency_before
indian rupees   | currency=INR currency_after sign_of=rs.
sri lankan rupees | currency=LKR currency_after sign_of=rs.
pakistani rupees | currency=PKR currency_after sign_of=rs.
nepalese rupees | currency=NPR currency_after sign_of=rs.
mauritian rupees | currency=MUR currency_after sign_of=rs.
kronor          | currency=SEK currency_after filler
kronur          | currency=ISK currency_after filler
icelandic kronur | currency=ISK currency_after
danish kroner   | currency=DKK currency_after
norwegian kroner | currency=NOK currency_after
swedish kronor  | currency=SEK currency_after
zloty           | currency=PLN currency_after filler
zlotys          | currency=PLN currency_after filler
forint          | currency=HUF currency_after filler
czech koruna    | currency=CZK currency_after
korunas         | currency=CZK currency_after filler
turkish lira    | currency=TRY currency_after
rand            | currency=ZAR currency_after filler
reais           | currency=BRL currency_after filler
mexican pesos   | currency=MXN currency_after
ringgit         | currency=MYR currency_after filler
# local signs written before the number, glued or apart ("RM28.5 billion", "Rp 1.2 trillion"):
# each stands for one currency only
rm              | currency=MYR currency_before filler
rp              | currency=IDR currency_before filler
baht            | currency=THB currency_after filler
rupiah          | currency=IDR currency_after filler
korean won      | currency=KRW currency_after
new taiwan dollars | currency=TWD currency_after
# agencies that write their own dollar as a bare "$": naming one says which dollar it is
stats nz        | publisher=NZD sign_of=$
statistics new zealand | publisher=NZD sign_of=$
reserve bank of new zealand | publisher=NZD sign_of=$
statistics canada | publisher=CAD sign_of=$
bank of canada  | publisher=CAD sign_of=$
australian bureau of statistics | publisher=AUD sign_of=$
reserve bank of australia | publisher=AUD sign_of=$
singapore department of statistics | publisher=SGD sign_of=$
department of statistics singapore | publisher=SGD sign_of=$
census bureau   | publisher=USD sign_of=$
bureau of economic analysis | publisher=USD sign_of=$
bureau of labor statistics | publisher=USD sign_of=$
federal reserve | publisher=USD sign_of=$
# agencies that write their rupee as "Rs": naming one says which rupee it is
central bank of sri lanka | publisher=LKR sign_of=rs.
department of census and statistics | publisher=LKR sign_of=rs.
state bank of pakistan | publisher=PKR sign_of=rs.
pakistan bureau of statistics | publisher=PKR sign_of=rs.
nepal rastra bank | publisher=NPR sign_of=rs.
statistics mauritius | publisher=MUR sign_of=rs.
bank of mauritius | publisher=MUR sign_of=rs.
reserve bank of india | publisher=INR sign_of=rs.
# more ISO 4217 codes; codes that are English words (TRY, COP, PEN, ARS, PHP, MAD) are left
# out, since a code reads in any case ("try 5" is not money)
isk             | currency=ISK currency_before currency_after filler
pln             | currency=PLN currency_before currency_after filler
czk             | currency=CZK currency_before currency_after filler
huf             | currency=HUF currency_before currency_after filler
ron             | currency=RON currency_before currency_after filler
bgn             | currency=BGN currency_before currency_after filler
rub             | currency=RUB currency_before currency_after filler
uah             | currency=UAH currency_before currency_after filler
ils             | currency=ILS currency_before currency_after filler
zar             | currency=ZAR currency_before currency_after filler
brl             | currency=BRL currency_before currency_after filler
mxn             | currency=MXN currency_before currency_after filler
clp             | currency=CLP currency_before currency_after filler
twd             | currency=TWD currency_before currency_after filler
thb             | currency=THB currency_before currency_after filler
myr             | currency=MYR currency_before currency_after filler
idr             | currency=IDR currency_before currency_after filler
vnd             | currency=VND currency_before currency_after filler
pkr             | currency=PKR currency_before currency_after filler sign_of=rs.
lkr             | currency=LKR currency_before currency_after filler sign_of=rs.
mur             | currency=MUR currency_before currency_after filler sign_of=rs.
bdt             | currency=BDT currency_before currency_after filler
sar             | currency=SAR currency_before currency_after filler
aed             | currency=AED currency_before currency_after filler
egp             | currency=EGP currency_before currency_after filler
ngn             | currency=NGN currency_before currency_after filler
kes             | currency=KES currency_before currency_after filler
# Currencies of agencies outside the release corpus, as their English releases write them
# (session 17's survey, docs/extract.md). Signs of one currency each: India's rupee, Nigeria's
# naira, the Philippine peso, the hryvnia, Ghana's cedi ("GH¢", "GH₵", and "GHC", the code
# before 2007 that Ghana's releases still write), Taiwan's, Singapore's and Brazil's.
₹               | currency=INR currency_before
₦               | currency=NGN currency_before
₱               | currency=PHP currency_before
₴               | currency=UAH currency_before
gh¢             | currency=GHS currency_before capitalised
gh₵             | currency=GHS currency_before capitalised
ghc             | currency=GHS currency_before currency_after capitalised filler
nt$             | currency=TWD currency_before sign_of=$
s$              | currency=SGD currency_before sign_of=$
r$              | currency=BRL currency_before
# Letters an agency writes for its own currency, read only with a capital first letter: in
# small letters they are words or abbreviations ("le", "sr."). Bangladesh's taka ("Tk 5,231
# crore"), the Egyptian pound ("LE21.3 billion"), the Saudi and Qatari riyals ("SR26.8
# billion", "QR102.1bn"), the Kenya shilling ("KSh", "Ksh", "KShs") and the new Israeli shekel
# ("NIS 3.3 billion", "3.3 billion NIS"). Not "N" (naira), "R" (rand), "P" (peso), "Dh" (the
# UAE's and Morocco's dirham), "Bt" (baht) or "Sh" (four East African shillings): one letter
# names too much, and a wrong currency is worse than none.
tk              | currency=BDT currency_before capitalised filler
le              | currency=EGP currency_before capitalised
sr              | currency=SAR currency_before capitalised
qr              | currency=QAR currency_before capitalised
qar             | currency=QAR currency_before currency_after filler
ksh             | currency=KES currency_before capitalised filler
kshs            | currency=KES currency_before capitalised filler
nis             | currency=ILS currency_before currency_after capitalised filler
# names after the number; a name several currencies share ("riyals", "dirhams", "pesos",
# "shillings", "crowns") only with its country's word
taka            | currency=BDT currency_after filler
naira           | currency=NGN currency_after filler
cedis           | currency=GHS currency_after filler
dong            | currency=VND currency_after filler
shekels         | currency=ILS currency_after filler
new israeli shekels | currency=ILS currency_after
hryvnias        | currency=UAH currency_after filler
hryvnia         | currency=UAH currency_after filler
egyptian pounds | currency=EGP currency_after
kenya shillings | currency=KES currency_after
kenyan shillings | currency=KES currency_after
saudi riyals    | currency=SAR currency_after
qatari riyals   | currency=QAR currency_after
uae dirhams     | currency=AED currency_after
philippine pesos | currency=PHP currency_after
czech crowns    | currency=CZK currency_after
brazilian reais | currency=BRL currency_after
# words of English too ("won 5 seats", a "lei"): money only after a scale ("3.2 trillion won",
# "5 billion lei")
won             | currency=KRW currency_after scaled_only
lei             | currency=RON currency_after scaled_only
# ISO 4217 codes that are also words or abbreviations releases use: not read as money ('TOP 10',
# 'SDG 17', an 'IRR' of 5%); the quantity grammar reads every other code in capitals
amd             | not_a_currency
bam             | not_a_currency
bob             | not_a_currency
cup             | not_a_currency
gel             | not_a_currency
irr             | not_a_currency
mad             | not_a_currency
mop             | not_a_currency
pen             | not_a_currency
sdg             | not_a_currency
sos             | not_a_currency
ssp             | not_a_currency
tmt             | not_a_currency
try             | not_a_currency
thousand        | scale=3 filler
million         | scale=6 filler
billion         | scale=9 filler
trillion        | scale=12 filler
k               | scale=3 filler
bn              | scale=9 filler
tn              | scale=12 filler
mn              | scale=6 filler
mln             | scale=6 filler
bln             | scale=9 filler
trn             | scale=12 filler
# India's and Bangladesh's scales: a lakh is 10^5, a crore 10^7, a lakh crore 10^12 ("₹1.87
# lakh crore"); Vietnam's quadrillion (10^15: "VND 3 quadrillion")
lakh            | scale=5 filler
lakhs           | scale=5 filler
crore           | scale=7 filler
crores          | scale=7 filler
lakh crore      | scale=12 filler
quadrillion     | scale=15 filler
m               | scale=6 glued_scale filler
thousands       | scale=3 plural_scale filler
millions        | scale=6 plural_scale filler
billions        | scale=9 plural_scale filler
trillions       | scale=12 plural_scale filler
%               | percent
percent         | percent filler rate_noun
per cent        | percent
pct             | percent

# flows of trade; deficit and surplus also give an amount its sign
deficit         | sign=- flow=balance filler
surplus         | sign=+ flow=balance filler
balance         | flow=balance filler
export          | flow=exports flow_modifier filler
exports         | flow=exports flow_modifier filler
exported        | flow=exports
exporting       | flow=exports
exporter        | flow=exports noun_entity
exporters       | flow=exports
sold            | flow=exports verb filler
sales           | flow=exports filler
shipped         | flow=exports
leaving         | flow=exports
abroad          | flow=exports filler
credits         | flow=exports filler
import          | flow=imports flow_modifier filler
imports         | flow=imports flow_modifier filler
imported        | flow=imports
importing       | flow=imports
importer        | flow=imports noun_entity
importers       | flow=imports
# "East Asia was the largest supplier": a partner that supplies the country is where its imports
# come from, as one that buys is where its exports go
supplier        | flow=imports noun_entity
suppliers       | flow=imports
bought          | flow=imports verb filler
purchases       | flow=imports filler
purchased       | flow=imports verb
debits          | flow=imports filler
trade           | flow=total filler
traded          | flow=total
cargo           | flow=total filler
total           | flow=total flow_modifier filler overall
totalled        | flow=total
totaled         | flow=total
price           | aspect=price
prices          | aspect=price
volume          | aspect=volume filler
volumes         | aspect=volume

# direction words: a rate of change follows, and which way; comparatives after a rate
increase        | direction=up filler
increased       | direction=up filler
increases       | direction=up filler
changes         | direction=up filler change_noun
increasing      | direction=up filler
up              | direction=up comparative=up filler noun_stop
rise            | direction=up verb filler
rises           | direction=up verb not_plural filler
rose            | direction=up verb filler open_ending
risen           | direction=up filler
grew            | direction=up verb filler open_ending
grow            | direction=up verb filler
grows           | direction=up verb not_plural filler
grown           | direction=up filler
growth          | direction=up filler growth_noun change_noun
growing         | direction=up filler
rising          | direction=up filler
gain            | direction=up filler
gained          | direction=up filler
gains           | direction=up filler
jump            | direction=up filler
jumped          | direction=up filler
surge           | direction=up filler
surged          | direction=up filler
expanded        | direction=up filler
expansion       | direction=up filler
rate            | direction=up rate_noun filler
year-on-year    | direction=up filler noun_stop yoy_word rate_span=year
climbed         | direction=up open_ending filler
climbing        | direction=up filler
change          | direction=up filler change_noun
changed         | direction=up filler
pace            | direction=up filler
rebounded       | direction=up filler
accelerated     | direction=up filler growth_noun
slowed          | direction=down filler growth_noun
decelerated     | direction=down filler growth_noun
boosted         | direction=up filler
higher          | direction=up comparative=up filler
drop            | direction=down filler
dropped         | direction=down filler
drops           | direction=down filler
down            | direction=down comparative=down filler noun_stop
fell            | direction=down verb filler open_ending
fall            | direction=down verb filler
falls           | direction=down verb not_plural filler
fallen          | direction=down filler
decline         | direction=down filler
declined        | direction=down filler
declines        | direction=down filler
declining       | direction=down filler
falling         | direction=down filler
decrease        | direction=down filler
decreased       | direction=down filler
decreases       | direction=down filler
reduce          | direction=down filler
reduced         | direction=down filler
reduces         | direction=down filler
reducing        | direction=down filler
reduction       | direction=down filler
cut             | direction=down filler
cuts            | direction=down filler
shrank          | direction=down filler
shrink          | direction=down filler
shrunk          | direction=down filler
contracted      | direction=down filler
contraction     | direction=down filler
lower           | direction=down comparative=down filler
off             | comparative=down filler
slid            | direction=down filler
slipped         | direction=down verb filler
lost            | direction=down filler
plunged         | direction=down filler
slumped         | direction=down filler
shortened       | direction=down filler
shortens        | direction=down filler
saving          | direction=down filler
saved           | direction=down filler
lowered         | direction=down filler
# a balance's change told by whether it got better: "the services balance worsened by ISK 5.5
# billion" (down), "improved by CZK 13.9 billion" (up); "ISK 6.8 billion worse than" after it
worsened        | direction=down filler
deteriorated    | direction=down filler
improved        | direction=up filler
worse           | comparative=down filler
better          | comparative=up filler
# a price change told by what things cost: "seven groups became cheaper: transport by 1.9%",
# "vegetables were 4.8% cheaper" (down), "fuel 2.0% dearer" (up)
cheaper         | direction=down comparative=down filler
# ... "became" ends the subject as "was" does: "seven groups became cheaper"
became          | verb filler
become          | verb filler
becomes         | verb not_plural filler
dearer          | direction=up comparative=up filler
more            | comparative=up filler noun_stop
less            | comparative=down filler noun_stop not_plural
fewer           | comparative=down
below           | comparative=down qualifier=less_than filler

# qualifiers: one word before the number, phrases before and after it
almost          | qualifier=nearly qualifier_inside filler
nearly          | qualifier=nearly qualifier_inside filler noun_stop
about           | qualifier=about qualifier_inside filler noun_stop
around          | qualifier=about qualifier_inside filler
near            | qualifier=about qualifier_inside filler
approximately   | qualifier=about qualifier_inside filler
roughly         | qualifier=about qualifier_inside filler
some            | qualifier=about filler
over            | qualifier=more_than qualifier_inside filler noun_stop calendar_before period_lead base_lead age_span age_up
exceeded        | qualifier=more_than filler
exceeding       | qualifier=more_than filler
exceeds         | qualifier=more_than filler
exceed          | qualifier=more_than filler
above           | qualifier=more_than filler comparative=up age_span age_up
surpassed       | qualifier=more_than filler
passed          | qualifier=more_than filler
topped          | qualifier=more_than filler
beyond          | qualifier=more_than filler
under           | qualifier=less_than qualifier_inside filler noun_stop age_span
more than       | qualifier=more_than qualifier_inside filler
less than       | qualifier=less_than qualifier_inside filler
fewer than      | qualifier=less_than qualifier_inside filler
at least        | qualifier=at_least qualifier_inside qualifier_after=at_least filler
at most         | qualifier=at_most qualifier_inside qualifier_after=at_most filler
up to           | qualifier=at_most qualifier_inside filler
close to        | qualifier=nearly qualifier_inside filler
or more         | qualifier_after=at_least
and more        | qualifier_after=at_least
or above        | qualifier_after=at_least
and above       | qualifier_after=at_least
or over         | qualifier_after=at_least
and over        | qualifier_after=at_least
or less         | qualifier_after=at_most
or below        | qualifier_after=at_most
or fewer        | qualifier_after=at_most

# words before a level or share; before the level a change started from
to              | level_cue filler preposition noun_stop denominator_stop open_ending month_lead age_span
from            | level_cue filler preposition noun_stop denominator_stop previous_cue open_ending month_lead period_lead base_lead
reaching        | level_cue filler
reached         | level_cue filler open_ending
reach           | level_cue verb filler
reaches         | level_cue verb not_plural filler
accounting      | level_cue share_cue
accounted       | level_cue share_cue
accounts        | level_cue verb not_plural share_cue
account         | level_cue verb share_cue
share           | level_cue share_noun filler share_cue
proportion      | level_cue share_noun filler share_cue
was             | level_cue verb filler noun_stop denominator_stop open_ending
is              | level_cue verb filler noun_stop denominator_stop open_ending
were            | level_cue verb filler noun_stop denominator_stop open_ending
are             | level_cue verb filler noun_stop denominator_stop open_ending
at              | level_cue filler preposition noun_stop denominator_stop open_ending basis_lead
contributed     | level_cue verb points_noun contribution_word
making          | level_cue share_cue
represented     | level_cue share_cue
representing    | level_cue share_cue
constituting    | level_cue share_cue
comprising      | level_cue share_cue
level           | level_cue filler reference
stood           | level_cue verb
standing        | level_cue
remained        | level_cue
remain          | level_cue verb filler
remains         | level_cue verb filler not_plural
covering        | level_cue share_cue
covered         | level_cue share_cue
ratio           | level_cue share_cue
against         | previous_cue filler base_lead

# calendar: months, calendar spans, periods
in              | filler preposition noun_stop denominator_stop not_before_fraction open_ending month_lead period_lead
this            | filler noun_stop not_before_fraction not_plural
first           | filler calendar_before not_before_fraction ordinal=1
second          | filler not_before_fraction ordinal=2 noun_time
each            | filler noun_stop not_before_fraction
last            | filler calendar_before not_before_fraction earlier_word
next            | filler calendar_before not_before_fraction
past            | filler calendar_before
since           | filler noun_stop calendar_after month_lead base_lead
until           | month_lead
after           | filler noun_stop calendar_after previous_cue after_word
before          | filler noun_stop calendar_after year_ago
per             | filler noun_stop not_before_fraction
within          | filler not_before_fraction
may             | noun_stop month=5
january         | month=1
february        | month=2
march           | month=3
april           | month=4
june            | month=6
july            | month=7
august          | month=8
september       | month=9
october         | month=10
november        | month=11
december        | month=12
jan             | month=1
feb             | month=2
febr            | month=2
mar             | month=3
apr             | month=4
jun             | month=6
jul             | month=7
aug             | month=8
sep             | month=9
sept            | month=9
oct             | month=10
nov             | month=11
dec             | month=12
# a letter after a table header's year saying how final its figures are: "December 2019p"
# (preliminary), "2018r" (revised), "2024e" (estimated); the period is the one before it
p               | status_mark
r               | status_mark
prel            | status_mark
prov            | status_mark
recent          | calendar_before filler
coming          | calendar_before filler
previous        | calendar_before filler earlier_word
preceding       | calendar_before filler earlier_word
prior           | calendar_before filler earlier_word
ago             | calendar_after filler year_ago
later           | calendar_after filler
earlier         | calendar_after filler year_ago
old             | calendar_after filler
latter          | not_before_fraction
former          | not_before_fraction
every           | not_before_fraction

# numbers in words, ordinals, ranks, labels of identifiers
third           | filler ordinal=3 fraction=3
fourth          | filler ordinal=4
fifth           | filler ordinal=5 fraction=5
article         | reference
section         | reference
chapter         | reference
figure          | reference filler
table           | reference
tables          | reference
exhibit         | reference filler
phase           | reference noun_enumeration
version         | reference
annex           | reference
item            | reference noun_entity
rule            | reference
paragraph       | reference
sixth           | ordinal=6
seventh         | ordinal=7
eighth          | ordinal=8
ninth           | ordinal=9
tenth           | ordinal=10 fraction=10 point_fraction
# glued to digits, an ordinal: "2nd quarter 2026", "the 3rd quarter of 2025"
st              | ordinal_suffix filler
nd              | ordinal_suffix filler
rd              | ordinal_suffix filler
th              | ordinal_suffix filler
rank            | rank_verb
ranks           | rank_verb
ranked          | rank_verb
ranking         | rank_verb
placed          | rank_verb report_verb
one             | cardinal=1
two             | cardinal=2
three           | cardinal=3
four            | cardinal=4
five            | cardinal=5
six             | cardinal=6
seven           | cardinal=7
eight           | cardinal=8
nine            | cardinal=9
ten             | cardinal=10
eleven          | cardinal=11
twelve          | cardinal=12
thirteen        | cardinal=13
fourteen        | cardinal=14
fifteen         | cardinal=15
sixteen         | cardinal=16
seventeen       | cardinal=17
eighteen        | cardinal=18
nineteen        | cardinal=19
twenty          | cardinal=20
thirty          | cardinal=30
forty           | cardinal=40
fifty           | cardinal=50
sixty           | cardinal=60
seventy         | cardinal=70
eighty          | cardinal=80
ninety          | cardinal=90
halves          | fraction=2
half            | fraction=2
thirds          | fraction=3
quarters        | fraction=4
quarter         | fraction=4 noun_time reference
fifths          | fraction=5
tenths          | fraction=10 point_fraction
hundredth       | fraction=100 point_fraction
hundredths      | fraction=100 point_fraction
doubled         | multiple=2
tripled         | multiple=3
quadrupled      | multiple=4
halved          | multiple=0.5
single-digit    | digit_class=1
double-digit    | digit_class=10
triple-digit    | digit_class=100

# counted nouns: what they count, irregular plurals, words in -s that are not plurals
makes           | verb not_plural
takes           | verb not_plural
comes           | verb not_plural
stands          | verb not_plural
totals          | verb not_plural
shows           | verb not_plural report_verb
year            | filler noun_time
whereas         | filler clause_break not_plural
respectively    | filler noun_stop not_plural
thus            | filler not_plural
little          | filler
side            | filler not_counted
branch          | filler noun_entity
well            | joiner noun_entity
party           | not_counted
hand            | not_counted
time            | not_counted
sides           | not_counted
parties         | not_counted
hands           | not_counted
times           | not_counted
month           | noun_time
week            | noun_time
day             | noun_time
hour            | noun_time
minute          | noun_time
decade          | noun_time
vehicle         | noun_physical
car             | noun_physical
unit            | noun_physical
train           | noun_physical
ton             | noun_physical unit=tonne
tonne           | noun_physical unit=tonne
teu             | noun_physical plural unit=TEU
feu             | noun_physical plural
container       | noun_physical
barrel          | noun_physical
ship            | noun_physical
vessel          | noun_physical
flight          | noun_physical
trip            | noun_physical
kilowatt        | noun_physical
litre           | noun_physical
liter           | noun_physical
kilogram        | noun_physical
kg              | noun_physical
piece           | noun_physical
set             | noun_physical
truck           | noun_physical
aircraft        | noun_physical
passenger-trip  | noun_physical
parcel          | noun_physical
item-set        | noun_physical
head            | noun_physical
kwh             | noun_physical plural
mwh             | noun_physical plural
gwh             | noun_physical plural
twh             | noun_physical plural
cubic           | noun_physical
metre           | noun_physical
meter           | noun_physical
kilometre       | noun_physical
kilometer       | noun_physical
point           | noun_physical
factor          | noun_enumeration
highlight       | noun_enumeration
aspect          | noun_enumeration
characteristic  | noun_enumeration
indicator       | noun_enumeration
step            | noun_enumeration
area            | noun_enumeration national
way             | noun_enumeration
principle       | noun_enumeration
priority        | noun_enumeration
pillar          | noun_enumeration
task            | noun_enumeration
theme           | noun_enumeration
feature         | noun_enumeration
reason          | noun_enumeration
goal            | noun_enumeration
dimension       | noun_enumeration
category        | noun_enumeration
stage           | noun_enumeration
respect         | noun_enumeration filler
element         | noun_enumeration
trend           | noun_enumeration series=trend
lesson          | noun_enumeration
challenge       | noun_enumeration
pathway         | noun_enumeration
focus           | noun_enumeration
people          | plural noun_stock unit=person
children        | plural
staff           | plural
personnel       | plural
cattle          | plural
livestock       | plural
does            | not_plural
goes            | not_plural
means           | not_plural
includes        | not_plural
marks           | not_plural
covers          | not_plural
plus            | not_plural age_span age_up
across          | not_plural
always          | not_plural
perhaps         | not_plural
besides         | not_plural
towards         | not_plural
afterwards      | not_plural
country         | national noun_entity
economy         | national noun_entity aggregate=gdp
region          | national noun_entity
province        | national noun_entity
city            | national noun_entity
port            | national noun_entity
enterprise      | noun_entity
firm            | noun_entity
company         | noun_entity
business        | noun_entity
trader          | noun_entity
entity          | noun_entity
partner         | noun_entity
market          | noun_entity
route           | noun_entity
measure         | noun_entity
policy          | noun_entity
project         | noun_entity
job             | noun_stock
# -ing words that name goods, services or industries, not actions: "and clothing and footwear
# 0.8%" has no verb
clothing        | ing_noun
housing         | ing_noun
heating         | ing_noun
lodging         | ing_noun
bedding         | ing_noun
building        | ing_noun
mining          | ing_noun
manufacturing   | ing_noun
shipping        | ing_noun
banking         | ing_noun
catering        | ing_noun
farming         | ing_noun
fishing         | ing_noun
printing        | ing_noun
publishing      | ing_noun
broadcasting    | ing_noun
advertising     | ing_noun
packaging       | ing_noun
# a subject that says what a bare number counts: "employment on nonfarm payrolls (+49,000)"
payroll         | counting_subject unit=jobs
payrolls        | counting_subject unit=jobs
# ... and when the figure counts people, they are employed: "Employment fell by 789 thousand,
# to 28 million 529 thousand persons" (lexicon person_measure)
employment      | counting_subject unit=jobs rate_measure=employment_rate person_measure=employed
# a household survey counts people: "unemployment fell by 600" counts persons
unemployment    | counting_subject unit=person rate_measure=unemployment_rate
# a household survey counts people: "| Unemployed | 151 |" under "(000)", "the number unemployed"
employed        | counting_subject unit=person count_measure=employed
unemployed      | counting_subject unit=person count_measure=unemployed
underemployed   | counting_subject unit=person
inactive        | counting_subject unit=person count_measure=inactive
# "of whom 5,800 were in the potential labour force": whom counts people
whom            | counting_subject unit=person
population      | counting_subject unit=person
worker          | noun_entity
employee        | noun_entity
person          | noun_entity noun_stock
passenger       | noun_entity
visitor         | noun_entity
tourist         | noun_entity
household       | noun_entity
student         | noun_entity
patent          | noun_entity
application     | noun_entity
product         | noun_entity
declaration     | noun_entity
shipment        | noun_entity
order           | noun_entity
contract        | noun_entity
agreement       | noun_entity
zone            | noun_entity
park            | noun_entity
platform        | noun_entity
store           | noun_entity
outlet          | noun_entity
user            | noun_entity
customer        | noun_entity
member          | noun_entity
bank            | noun_entity
institution     | noun_entity
school          | noun_entity
hospital        | noun_entity
bed             | noun_entity
birth           | noun_entity
death           | noun_entity
house           | noun_entity
home            | noun_entity
dwelling        | noun_entity
arrival         | noun_entity
departure       | noun_entity
vacancy         | noun_entity
claimant        | noun_entity
applicant       | noun_entity
graduate        | noun_entity
farm            | noun_entity
office          | noun_entity
plant           | noun_entity
factory         | noun_entity
mine            | noun_entity
site            | noun_entity
license         | noun_entity
licence         | noun_entity
permit          | noun_entity
certificate     | noun_entity
inspection      | noun_entity
case            | noun_entity
pilot           | noun_entity
scheme          | noun_entity
programme       | noun_entity
program         | noun_entity
initiative      | noun_entity
reform          | noun_entity
law             | noun_entity
regulation      | noun_entity
standard        | noun_entity
# who reports a figure is not what it is about: "the two agencies put the deficit at"
agency          | noun_entity filler
agencies        | filler not_counted
organisation    | noun_entity
organization    | noun_entity
group           | noun_entity member_noun
brand           | noun_entity
model           | noun_entity
variety         | noun_entity
species         | noun_entity
hectare         | noun_physical
acre            | noun_physical
megawatt        | noun_physical
gigawatt        | noun_physical
watt            | noun_physical
gallon          | noun_physical
ounce           | noun_physical
carat           | noun_physical
bale            | noun_physical
cow             | noun_physical
pig             | noun_physical
sheep           | noun_physical
chicken         | noun_physical
egg             | noun_physical
bottle          | noun_physical
carton          | noun_physical
package         | noun_physical
box             | noun_physical
pallet          | noun_physical
tyre            | noun_physical
tire            | noun_physical
bicycle         | noun_physical
motorcycle      | noun_physical
bus             | noun_physical
phone           | noun_physical
computer        | noun_physical
chip            | noun_physical
wafer           | noun_physical
panel           | noun_physical
battery         | noun_physical
turbine         | noun_physical
tractor         | noun_physical
tons            | unit=tonne
tonnes          | unit=tonne

# the document's own country, the whole, the world
overall         | filler overall
# "headline inflation", "the headline CPI", "| CPI headline |": the whole index, as "overall"
headline        | filler overall
goods and services | overall
net trade       | overall
# "the country's external trade": its trade with the rest of the world, the whole
external trade  | overall
# "All groups CPI", "All items index": the whole index, named by its family (cpi)
all groups      | overall
all items       | overall
whole           | filler overall
# "Composite CPI": the index of all the households the others cover, the whole index (cpi)
composite       | filler overall
# "| General | 99.6 | -0.2 |" in a table of a price index: the whole index, as a row label alone
# (Japan's and India's CPI call their headline "General", "General index")
general         | whole_index_label
we              | filler national
our             | filler national
world           | filler world
nation          | national
national        | national overall
domestic        | national
islands         | national
island          | national
state           | national
territory       | national
global          | world
world's         | world

# verbs that end a subject phrase (words in -ed are verbs by their ending)
be              | verb filler noun_stop
been            | verb filler noun_stop
has             | verb filler noun_stop
have            | verb filler noun_stop
had             | verb filler noun_stop
sells           | verb
sell            | verb
buys            | verb
buy             | verb
cost            | verb filler
costs           | verb filler
made            | verb filler
make            | verb filler
took            | verb filler
take            | verb
came            | verb filler
left            | verb filler
far             | filler
come            | verb
stand           | verb
ran             | verb
run             | verb
runs            | verb
brought         | verb
bring           | verb
brings          | verb
hit             | verb
went            | verb
earn            | verb
earns           | verb
amount          | verb filler
amounts         | verb
keep            | verb
kept            | verb
held            | verb
holds           | verb
saw             | verb
sees            | verb
showed          | verb report_verb
added           | verb direction=up
adds            | verb
while           | verb filler clause_break noun_stop denominator_stop
when            | filler clause_break noun_stop
if              | filler clause_break
spent           | verb
which           | verb filler clause_break noun_stop denominator_stop open_ending
that            | verb filler clause_break noun_stop denominator_stop open_ending
who             | verb filler clause_break noun_stop
whose           | verb clause_break

# prepositions, pronouns, clause breaks
of              | filler preposition noun_stop open_ending month_lead group_lead
on              | filler preposition noun_stop denominator_stop open_ending base_opening base_lead
for             | filler preposition noun_stop denominator_stop open_ending period_lead group_lead duration_lead
with            | filler preposition noun_stop denominator_stop open_ending
its             | filler pronoun noun_stop open_ending
their           | filler pronoun noun_stop open_ending
these           | filler pronoun noun_stop
those           | filler pronoun noun_stop
them            | filler pronoun
it              | filler pronoun
they            | filler pronoun
through         | filler preposition month_lead
into            | filler preposition noun_stop

# words that name nothing a figure could be about
us              | filler
hundred         | filler
the             | filler noun_stop open_ending
a               | filler noun_stop open_ending
an              | filler noun_stop open_ending
by              | filler noun_stop denominator_stop open_ending
and             | filler noun_stop denominator_stop joiner open_ending age_span
or              | filler noun_stop joiner open_ending age_span
his             | filler
her             | filler
value           | filler
values          | filler
scale           | filler
number          | filler
annual          | filler yoy_word
also            | filler
among           | filler group_lead set_lead
specifically    | filler
however         | filler
moreover        | filler
addition        | filler
other           | filler
such            | filler
as              | filler noun_stop joiner
than            | filler noun_stop open_ending base_lead
same            | filler
# after a dated period, names it: "In the August 2019 period, ..." (opening_period)
period          | filler period_noun
during          | filler noun_stop period_lead
average         | filler average_word
averages        | filler average_word
averaged        | filler average_word
# a bare number after it is an age or an age bound, not a claim: "persons aged 15 to 64"
aged            | age_lead filler
ages            | age_lead filler
older           | age_span age_up
younger         | age_span
# a table row so labelled lists what it leaves out; dashed rows below it go on with the list
excluding       | exclusion_word
except          | exclusion_word
excl            | exclusion_word
left out        | exclusion_word
leaving out     | exclusion_word
leaving aside   | exclusion_word
of which        | sub_row_mark
thereof         | sub_row_mark
including       | sub_row_mark
incl            | sub_row_mark
# a table header over months whose figures run from January: "NOK Billion - so far this year"
so far this year | year_to_date
year to date    | year_to_date
ytd             | year_to_date
cumulative      | year_to_date
# a revisions table: the published estimate, the revised one (the figure) and the revision
previous estimate | column_role=previous_estimate
previously published | column_role=previous_estimate
first published | column_role=previous_estimate
first estimate  | column_role=previous_estimate
flash estimate  | column_role=previous_estimate
advance estimate | column_role=previous_estimate
earlier estimate | column_role=previous_estimate
revised from    | column_role=previous_estimate
revised up from | column_role=previous_estimate
revised down from | column_role=previous_estimate
revised upwards from | column_role=previous_estimate
revised downwards from | column_role=previous_estimate
earlier estimated | column_role=previous_estimate
initially estimated | column_role=previous_estimate
previously estimated | column_role=previous_estimate
first estimated | column_role=previous_estimate
previously reported | column_role=previous_estimate
first reported  | column_role=previous_estimate
initially reported | column_role=previous_estimate
revised up by   | column_role=revision
revised down by | column_role=revision
revised upwards by | column_role=revision
revised downwards by | column_role=revision
revision        | column_role=revision revision_word
revisions       | column_role=revision revision_word
revised         | revision_word
countries       | member_noun
member states   | member_noun
member countries | member_noun
economies       | member_noun
nations         | member_noun
outside         | complement_lead
not in          | complement_lead
out of          | complement_lead
new             | filler
high            | filler
record          | filler
will            | filler noun_stop
can             | filler noun_stop
all             | filler not_a_currency
both            | filler
between         | filler noun_stop period_lead
so              | filler
but             | filler noun_stop
not             | filler
only            | filler
still           | filler
further         | filler
preliminary     | filler status_mark
# a series of a figure: a draft that names two keeps them apart ("Seasonally adjusted, the group
# rose 1.4%" beside the original series' 1.9%)
seasonally      | filler series=seasonally_adjusted
unadjusted      | filler series=original
# how a flow of goods is valued: free on board at the border, or with cost, insurance and freight
# to it. Not what a figure is about ("ISK 46,900 million fob"); a draft that names both keeps the
# valuation it names less apart ("(ISK 49,800 million cif)" is trade.imports_cif)
fob             | filler valuation=fob
cif             | filler valuation=cif
# what a series is adjusted for, and how final a figure is, name nothing a figure is about:
# "calendar and seasonally adjusted, imports ...", "Provisional figures put exports ..."
calendar        | filler
season          | filler
seasonal        | filler
provisional     | filler status_mark
statistics      | filler
show            | filler verb report_verb
according       | filler noun_stop
data            | filler
then            | filler
there           | filler
here            | filler
cent            | filler
percentage      | filler rate_noun
points          | filler points_noun
major           | filler
main            | filler
key             | filler
many            | filler
several         | filler
goods           | filler
largest         | filler
biggest         | filler
leading         | filler
top             | filler not_a_currency reference
backbone        | filler
rest            | filler
bill            | filler
worth           | filler open_ending
purchase        | filler
everything      | filler
earned          | filler
# "October alone brought US$ 2,104 million": a period on its own, no thing named
alone           | filler
together        | filler
figures         | filler
fastest-growing | filler
handled         | filler

# words that end a noun phrase, a share's denominator or a list
compared        | noun_stop
compared with   | previous_cue base_lead
compared to     | previous_cue base_lead
in comparison with | previous_cue base_lead
in comparison to | previous_cue base_lead
as compared with | previous_cue base_lead
as compared to  | previous_cue base_lead
would           | noun_stop filler
could           | noun_stop filler
most            | noun_stop
least           | noun_stop
,               | joiner

# units of counted things, words kept with the noun they count, and the nouns a table's
# header uses for its kind of column
standard container | noun_physical unit=TEU
twenty-foot     | noun_physical unit=TEU
mille           | noun_physical
consecutive     | counted_modifier
successive      | counted_modifier
index           | counted_modifier index_noun headline_index
indexes         | index_noun
indices         | index_noun
rates           | rate_noun change_noun
weight          | share_noun weight_noun
weights         | share_noun weight_noun
importance      | share_noun weight_noun
shares          | share_noun share_cue
pp              | points_noun
contribution    | points_noun contribution_word
contributions   | points_noun contribution_word
inflation       | direction=up filler growth_noun index_rate rate_span=year
# "inflation" alone is the rate on a year earlier; a monthly one says so
monthly inflation | rate_span=period
monthly rate of inflation | rate_span=period
monthly inflation rate | rate_span=period
base            | index_base
deficits        | sign=- flow=balance filler
surpluses       | sign=+ flow=balance filler
narrowed        | direction=down
narrower        | comparative=down filler
smaller         | comparative=down filler
widened         | direction=up
wider           | comparative=up filler
larger          | comparative=up filler
made up         | level_cue share_cue
make up         | level_cue share_cue
makes up        | level_cue share_cue
making up       | level_cue share_cue
twofold         | multiple=2
threefold       | multiple=3
fourfold        | multiple=4
fivefold        | multiple=5
tenfold         | multiple=10
annually        | yoy_word
over the year   | yoy_word rate_span=year
year on year    | yoy_word rate_span=year
through the year | yoy_word rate_span=year
on the year     | yoy_word rate_span=year
on year         | yoy_word rate_span=year
# the North American spelling: "On a year-over-year basis, the CPI rose 2.8%"
year-over-year  | direction=up filler noun_stop yoy_word rate_span=year
year over year  | yoy_word rate_span=year
a year          | yoy_word
per year        | yoy_word
per annum       | yoy_word
therefore       | filler
# A rate's span in its own words (naming reads them per rate, up to the next number or clause
# mark): "rose 0.4% m/m and 2.1% y/y", "0.5% on the month and 3.4% on the year", "6.1% in the 12
# months to October"; a span_base phrase after a base_lead word: "0.4% compared with the
# previous month and 3.1% compared with the same month of the previous year". "in the previous
# month" names a period, not a span.
month on month  | rate_span=period
month-on-month  | rate_span=period filler noun_stop
month-over-month | rate_span=period filler noun_stop
month over month | rate_span=period
m/m             | rate_span=period
mom             | rate_span=period filler noun_stop
m-o-m           | rate_span=period filler noun_stop
on the month    | rate_span=period
on month        | rate_span=period
over the month  | rate_span=period
on a monthly basis | rate_span=period
in monthly terms | rate_span=period
quarter on quarter | rate_span=period
q/q             | rate_span=period
on the quarter  | rate_span=period
on quarter      | rate_span=period
over the quarter | rate_span=period
on a quarterly basis | rate_span=period
in quarterly terms | rate_span=period
y/y             | rate_span=year
on an annual basis | rate_span=year
in annual terms | rate_span=year
in the 12 months to | rate_span=year
in the twelve months to | rate_span=year
over the 12 months to | rate_span=year
over the twelve months to | rate_span=year
over the last 12 months | rate_span=year
over the past 12 months | rate_span=year
over the last twelve months | rate_span=year
over the past twelve months | rate_span=year
in the last 12 months | rate_span=year
in the past 12 months | rate_span=year
# an annualised rate: a month's or quarter's rate compounded over a year ("grew at a seasonally
# adjusted annual rate of 2.8%", "3.7% annualised"), neither that period's rate nor the rate on
# a year earlier ("The CPI annual rate" stays the latter)
at an annual rate | rate_span=annualized
seasonally adjusted annual rate | rate_span=annualized
annualized      | rate_span=annualized filler
annualised      | rate_span=annualized filler
# verbs of a change's pace: what they bring in, after "to" too, is a rate of change, not a share
# ("Services growth quickened to 6.3 per cent", "the sector picked up further, to 7.2 per cent")
quickened       | direction=up filler growth_noun
# the next item of a ranking, of the measure of the item before: "Electronics led the increase,
# up 10.7%, followed by crude oil (70.6%)" (rates of change, not shares)
followed by     | list_next
followed        | filler
picked up       | growth_noun
annualized rate | growth_noun
annualised rate | growth_noun
# Statistics Indonesia's marks in brackets: "5.05 percent (y-on-y)", "(q-to-q)"; "(c-to-c)", the
# year to date on the same months a year earlier
y-on-y          | filler noun_stop yoy_word rate_span=year
q-to-q          | filler noun_stop rate_span=period
c-to-c          | filler noun_stop rate_span=to_date
the previous month | span_base=period
the preceding month | span_base=period
the month before | span_base=period
last month      | span_base=period
a month earlier | span_base=period
a month ago     | span_base=period
the previous quarter | span_base=period
the preceding quarter | span_base=period
the quarter before | span_base=period
last quarter    | span_base=period
a quarter earlier | span_base=period
the same month of the previous year | span_base=year
the same month of the preceding year | span_base=year
the same month of last year | span_base=year
the same month last year | span_base=year
the same month a year earlier | span_base=year
the same month a year ago | span_base=year
the same month in the previous year | span_base=year
the same quarter of the previous year | span_base=year
the same quarter of last year | span_base=year
the same quarter last year | span_base=year
the same quarter a year earlier | span_base=year
the same period of the previous year | span_base=year
the same period last year | span_base=year
the same period a year earlier | span_base=year
a year earlier  | span_base=year
a year ago      | span_base=year
a year before   | span_base=year
# a rate over a span is a change, whatever word brings it in: "The CPI annual rate was 1.4%"
annual rate     | growth_noun
monthly rate    | growth_noun
quarterly rate  | growth_noun
# "against the respective period of the previous year": the same period a year earlier
respective period | yoy_word
# "the real change in GDP ... stood at 0.8%": a change in volume, named as a thing
real change     | growth_noun
versus          | base_lead
vs              | base_lead
relative to     | base_lead
with respect to | previous_cue base_lead
following       | filler noun_stop previous_cue after_word
# "i.e.", "e.g.": the letters of an abbreviation that names nothing ("203,000 unemployed persons,
# i.e. 8 000 fewer": the change of the level before it)
i               | filler roman_numeral=1
e               | filler status_mark
g               | filler
meanwhile       | filler
# how an aggregate's levels are valued: at current prices, apart from its volumes ("GDP ... at
# EUR 9.8 billion at current prices", a column "At current prices, EUR million"), whose growth
# is real; gdp.current_prices is nominal GDP
current prices  | price_basis=current_prices
current price   | price_basis=current_prices
# quarters numbered in Roman numerals ("I quarter 2018", "the IV quarter", a table's row "| II |"
# under its year's row); "i" is above
ii              | filler roman_numeral=2
iii             | filler roman_numeral=3
iv              | filler roman_numeral=4
# "In contrast,", "In addition,", "In particular,": an opening that names nothing
contrast        | filler
particular      | filler
summary         | filler
short           | filler
turn            | filler
brief           | filler
# "in the year-on-year (y-o-y) comparison it grew", "fell, though it was still 0.9% up": a
# comparison's word and a concession name nothing; "it" goes on about the subject before
comparison      | filler
though          | filler
although        | filler
furthermore     | filler
additionally    | filler
finally         | filler
again           | filler
yet             | filler
example         | filler
instance        | filler
# "The survey puts the number of employed persons at 2,446,000": what is put at a number names it
puts            | verb report_verb
put             | verb report_verb
estimated       | report_verb
places          | report_verb
gives           | verb
give            | verb
gave            | verb
says            | verb
say             | verb
estimates       | verb filler report_verb
ended           | verb span_end
ending          | span_end
ends            | verb
end             | verb
estimate        | filler
release         | filler
bulletin        | filler
# aggregates of the national accounts: their figures are volumes by convention ("gross domestic
# product in volume terms" is gdp); "terms" there names nothing
gdp             | aggregate=gdp
# headline price indices: a release's index named by its acronym or its words ("Consumer Price
# Index (CPI)", "the CPI", "Composite CPI" over a table's sections are all cpi); "the index"
# alone (the row "index" above) names the one the draft named first
cpi             | aggregate=cpi headline_index
hicp            | aggregate=hicp headline_index
ppi             | aggregate=ppi headline_index
consumer price index | aggregate=cpi
consumer prices | aggregate=cpi
producer price index | aggregate=ppi
gfcf            | aggregate=gfcf
# "Economic contraction of 1.7 percent", "the economy grew": a rate of the economy is GDP's
economic        | aggregate=gdp
gross domestic product | aggregate=gdp
gdp at market prices | aggregate=gdp
real gdp        | aggregate=gdp
gdp per capita  | aggregate=gdp_per_capita
real gdp per capita | aggregate=gdp_per_capita
gross domestic product at market prices | aggregate=gdp
hours worked    | aggregate=hours_worked
total hours worked | aggregate=hours_worked
full-time equivalent employment | aggregate=employment_fte
terms           | filler
# GDP's components as agencies name them, by the families rules/accounts.rules uses: the demand
# components (each agency has its words: "private consumption", "public consumption",
# "fixed investment"), the output side (gross value added) and the contributions' groups
# ("external demand" and "net exports" are the contribution of net trade)
gva             | aggregate=gva
gross value added | aggregate=gva
gross fixed capital formation | aggregate=gfcf
fixed capital formation | aggregate=gfcf
fixed investment | aggregate=gfcf
gross capital formation | aggregate=capital_formation
household consumption | aggregate=household_consumption
household consumption expenditure | aggregate=household_consumption
household final consumption | aggregate=household_consumption
household final consumption expenditure | aggregate=household_consumption
households final consumption expenditure | aggregate=household_consumption
private consumption | aggregate=household_consumption
private consumption expenditure | aggregate=household_consumption
consumer spending | aggregate=household_consumption
household spending | aggregate=household_consumption
government consumption | aggregate=government_consumption
government consumption expenditure | aggregate=government_consumption
government final consumption | aggregate=government_consumption
government final consumption expenditure | aggregate=government_consumption
general government expenditure | aggregate=government_consumption
general government consumption | aggregate=government_consumption
general government final consumption | aggregate=government_consumption
general government final consumption expenditure | aggregate=government_consumption
public consumption | aggregate=government_consumption
government spending | aggregate=government_consumption
final consumption | aggregate=final_consumption
final consumption expenditure | aggregate=final_consumption
domestic demand | aggregate=domestic_demand
final domestic demand | aggregate=domestic_demand
external demand | aggregate=net_trade
net external demand | aggregate=net_trade
net foreign demand | aggregate=net_trade
net exports     | aggregate=net_trade
net foreign trade | aggregate=net_trade
changes in inventories | aggregate=inventories
change in inventories | aggregate=inventories
inventory changes | aggregate=inventories
# final domestic demand without inventories: with them and net trade, the whole of GDP's growth
# ("Internal demand excluding inventory changes" added 0.4 points), accounts.rules
internal demand excluding inventory changes | aggregate=final_domestic_demand
internal demand excluding inventories | aggregate=final_domestic_demand
domestic demand excluding inventory changes | aggregate=final_domestic_demand
domestic demand excluding inventories | aggregate=final_domestic_demand
final domestic demand excluding inventories | aggregate=final_domestic_demand
# "rose by 0.7% q-o-q", "2.7% y-o-y": how a rate's span is abbreviated, never a subject
q-o-q           | filler noun_stop rate_span=period
qoq             | filler noun_stop rate_span=period
quarter-on-quarter | filler noun_stop rate_span=period
y-o-y           | filler noun_stop yoy_word rate_span=year
yoy             | filler noun_stop yoy_word rate_span=year
# the measures of a labour market release by their names in rules/labour.rules: a claim whose
# subject is one, alone or after a population group, is all.<name> (all.men.<name>). A rate
# measure names a ratio's level (a share: "the jobless rate"), a count measure a count of people
# and its changes and rates. Only words that name the measure and nothing else: "payroll
# employment" counts jobs, "unemployed job seekers" another register's people.
jobless         | rate_measure=unemployment_rate
employment population ratio | rate_measure=employment_rate
employment to population ratio | rate_measure=employment_rate
participation   | rate_measure=participation_rate
# "the activity rate": the labour force over the working-age population, as many agencies name it
activity        | rate_measure=participation_rate
labour force participation | rate_measure=participation_rate
labor force participation | rate_measure=participation_rate
# "labour underutilization stood at 165,300": as a count, the people it is made of
underutilisation | rate_measure=underutilisation_rate counting_subject unit=person
underutilization | rate_measure=underutilisation_rate counting_subject unit=person
employed persons | count_measure=employed
persons employed | count_measure=employed
unemployed persons | count_measure=unemployed
labour force    | count_measure=labour_force
labor force     | count_measure=labour_force
economically active population | count_measure=labour_force
economically active | count_measure=labour_force
economically inactive population | count_measure=inactive
economically inactive | count_measure=inactive
non labour force | count_measure=inactive
non labor force | count_measure=inactive
working age population | count_measure=population
# the two sexes, which make up every population: a figure of one is all.men.<measure>
# a sex counted after a number is people: "356,600 males" (unit=person)
men             | population_group=men unit=person
women           | population_group=women unit=person
male            | population_group=men unit=person
female          | population_group=women unit=person
males           | population_group=men
females         | population_group=women
)lexicon";

}  // namespace crossfoot::lexicon::detail
