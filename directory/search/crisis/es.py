"""Spanish crisis terms (see `matching` for the notation), and everyday searches that must not match them."""

# ruff: noqa: E501 (a term is one line, however long, so that the list reads as written)

TERMS = """
# Words and stems (accents are ignored: "suicidio" is also "suicídio", "sobredosis" also "sobre-dosis")
suicid*
sucid*
suisid*
suicd*
sobredos*
sobre dosis
autolesi*
auto lesi*
autoagre*
autodestru*
crisis
988
911
^ emergencia $
es una emergencia
emergencia|emergencias psiquiatrica|psiquiatricas|mental|mentales|medica|medicas|de salud mental
sala|servicio|servicios|linea|numero de emergencia|emergencias|urgencia|urgencias

# Querer morir, en primera o tercera persona
quiero|kiero|qiero|quero|quiro|quiere|quieres|quieren|quiera|quisiera|queria|deseo|desea|deseaba|ganas|gana|pienso|piensa|pensando|intente|intento|intenta|voy|va|vas|van|decidi|planeo|planea|prefiero|prefiere .. morir|morirme|morirse|morirte|morirnos|morrir|mourir
me|te|se quiero|quiere|quieres|quieren|voy|va|vas|van|queria|quisiera|kiero|pienso|piensa .. matar
matarme|matarse|matarte|matarnos|matarce|matarm
me|se mate|mato|matara|matare
quitar|quitarme|quitarse|quitarte|quitarle|quite|quito|quita|quitarmela|quitarsela [me|se|te] [la|mi|su|tu] vida
acabar|terminar|acabo|termino|acabe|termine|acaba|termina|acabaria|terminaria con (mi vida|su vida|la vida|tu vida|todo|mi existencia)
no .. quiero|quiere|quieren|queria|deseo|desea|kiero (vivir|seguir viviendo|seguir vivo|seguir viva|estar vivo|estar viva|despertar|existir) $
no .. quiero|quiere|quieren|queria|deseo|desea|kiero (vivir|seguir viviendo|seguir vivo|seguir viva|estar vivo|estar viva|despertar|existir) .. mas|ya|asi|nunca
no .. quiero|quiere|quieren|queria|deseo|desea|kiero (seguir vivo|seguir viva|estar vivo|estar viva|existir|despertar nunca|estar en este mundo)
sin|no|pocas|perdi|perdido .. ganas de vivir
no .. vale|merece la pena vivir|seguir
vida|vivir no vale|merece [la] pena
no tiene|tengo|hay|encuentro sentido|razon|motivo|razones|motivos .. vivir|seguir|vida
vida|vivir no tiene|tienen sentido
mejor muerto|muerta|muertos|muertas
estaria|estarian|estarias|estarian|estarias .. mejor sin mi|el|ella
irme|irse de este mundo
desaparecer para siempre|del mundo
no aguanto|aguanta|soporto|soporta|puedo|puede mas
ya no puedo|aguanto|soporto mas
ya no puedo $
pensamientos|ideas|ideacion de muerte|morir|suicidio|matarme|quitarme
pienso|piensa|pensando|pensar|hablando|habla|dice .. en|de|que morir|morirme|matarme|matarse|quitarme|quitarse|suicid*
amenaza|amenazo|amenazando|amenazado .. matar*|morir|quitarse|tirarse|cortarse

# Hacerse daño
hacerme|hacerse|hacerte|hacernos dano|danos
me|te|se .. hacer|haciendo|hago|hice|hizo|hacerme|hacerse dano|danos
se .. hace|hacen dano|danos
lastimarme|lastimarse|lastimarte|herirme|herirse|mutilarme|mutilarse
(cortarme|cortarse|cortarte|me corto|se corta|me estoy cortando|se esta cortando|me cortaba|se cortaba) .. venas|brazos|munecas|muneca|piernas|piel
ahorcar*|colgarme|colgarse|orcarme
pegarme|pegarse|darme|darse|meterme|meterse un tiro|balazo|disparo
tirar|aventar|lanzar|arrojar|tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse|arrojarme|arrojarse .. puente|edificio|techo|azotea|balcon|tren|metro|ventana|vias|precipicio
(muchas|demasiadas|todas|todas las|monton de|puno de|caja de|frasco de|bote de) pastillas|pildoras|medicinas|medicamentos|pastilla
no respira|responde|despierta|reacciona
dejo|dejó de respirar
inconsciente|desmayado|desmayada
labios morados|azules
en peligro
corre|corro|corren|correr peligro
crisis nerviosa
ataque de nervios
quiero|quiere|quieren .. matar|lastimar|herir .. alguien|gente|todos|el|ella|ellos
homicid*

# Medios, despedidas y dormir para siempre
me|se|te (estoy|esta|estas|sigo|sigue) (cortando|lastimando|hiriendo|quemando)
ojala|quisiera|desearia|deseo .. muerto|muerta|muertos|muertas
estuviera|estuviese|estar muerto|muerta
no|nunca|jamas [volver a|vuelva a] despertar|despertarme|despierte|despertaria
dormir .. para siempre
se|me|te (puso|pone|esta poniendo|volvio|ve|esta) .. morado|morada|azul|morados|azules
labios .. morados|azules|morado|azul
dispararme|dispararse|dispararte
me|se|te .. disparar|pegar un tiro|volar la cabeza
(tengo|tiene|compre|compro) (una pistola|un arma|una soga|una cuerda) .. (matar*|disparar*|morir|ahorcar*|colgar*)
(carta|nota|mensaje) de despedida
(carta|nota) suicid*
(adios|adiós) (a todos|mundo|para siempre)
no .. quiero|quiere|queria|kiero|deseo (estar aqui|estar aca|seguir aqui|seguir aca|existir) $
no .. quiero|quiere|queria|kiero|deseo (estar aqui|estar aca|seguir aqui|seguir aca) .. mas|ya|nunca
"""

MISSPELLABLE = ("suicidio", "suicidarme", "suicidarse", "sobredosis", "autolesion", "autolesiones")

EVERYDAY = """
ayuda con la renta
banco de comida cerca de mi
despensa de alimentos
comida de emergencia
albergue de emergencia
consejeria gratis
terapia individual
grupo de apoyo para padres
duelo por la muerte de mi madre
clases de nutricion y dieta
desintoxicacion
clinica de metadona
intercambio de jeringas
reduccion de danos
vivienda para personas que salen de la carcel
capacitacion laboral
ayuda legal por desalojo
refugio para violencia domestica
manejo de la ira
clases para padres
dentista gratis
alcoholicos anonimos
narcoticos anonimos
clinica de salud mental
apoyo entre pares
no quiero vivir en la calle
cortarme el pelo gratis
matar piojos
ropa gratis
problemas para dormir
"""
