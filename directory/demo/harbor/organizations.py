"""Harbor City's demo partner organizations, their locations and the places readers search near."""

from directory.demo.common import RESIDENCE_CONTACT, SHELTER_CONTACT
from directory.demo.records import LocationRecord, OrganizationRecord, PlaceRecord, tr

ORGANIZATIONS = [
    OrganizationRecord(
        "harbor-org-01",
        tr(
            "Harbor City Department of Behavioral Health",
            "Departamento de Salud Conductual de Harbor City",
            "港城行为健康局",
            "Sở Sức khỏe Hành vi Harbor City",
            "إدارة الصحة السلوكية في هاربور سيتي",
        ),
        tr(
            "The city's public mental-health and substance-use agency: crisis services, clinics and care coordination.",
            "La agencia pública de salud mental y consumo de sustancias de la ciudad: servicios de crisis, clínicas y "
            "coordinación de la atención.",
            "本市的公共心理健康和物质使用服务机构：提供危机服务、诊所和护理协调。",
            "Cơ quan công về sức khỏe tâm thần và sử dụng chất của thành phố: dịch vụ khủng hoảng, phòng khám và "
            "điều phối chăm sóc.",
            "الجهة العامة للصحة النفسية وتعاطي المواد في المدينة: خدمات الأزمات والعيادات وتنسيق الرعاية.",
        ),
        email="dbh@harbor.example.org",
        website="https://dbh.harbor.example.org/",
    ),
    OrganizationRecord(
        "harbor-org-02",
        tr(
            "Bayview Community Clinic",
            "Clínica Comunitaria Bayview",
            "湾景社区诊所",
            "Phòng khám Cộng đồng Bayview",
            "عيادة باي فيو المجتمعية",
        ),
        tr(
            "A federally qualified health center offering primary care, therapy and addiction medicine under one roof.",
            "Un centro de salud comunitario que ofrece atención primaria, terapia y medicina de adicciones en un solo "
            "lugar.",
            "联邦认证的社区健康中心，在同一地点提供初级保健、心理治疗和成瘾医学服务。",
            "Trung tâm y tế cộng đồng được liên bang công nhận, cung cấp chăm sóc ban đầu, trị liệu và y học cai "
            "nghiện "
            "tại cùng một nơi.",
            "مركز صحي مجتمعي معتمد فيدرالياً يقدم الرعاية الأولية والعلاج النفسي وطب الإدمان تحت سقف واحد.",
        ),
        email="info@bayviewclinic.example.org",
        website="https://bayviewclinic.example.org/",
    ),
    OrganizationRecord(
        "harbor-org-03",
        tr(
            "Harbor Peer Recovery Center",
            "Centro de Recuperación entre Pares de Harbor",
            "港城同伴康复中心",
            "Trung tâm Phục hồi Đồng đẳng Harbor",
            "مركز هاربور للتعافي بدعم الأقران",
        ),
        tr(
            "A recovery community center run by people in recovery, for anyone affected by addiction.",
            "Un centro comunitario de recuperación dirigido por personas en recuperación, para toda persona afectada "
            "por la adicción.",
            "由康复者运营的康复社区中心，面向所有受成瘾影响的人。",
            "Trung tâm cộng đồng phục hồi do những người đang phục hồi điều hành, dành cho bất kỳ ai bị ảnh hưởng "
            "bởi nghiện.",
            "مركز مجتمعي للتعافي يديره أشخاص متعافون، لكل من تأثر بالإدمان.",
        ),
        email="hello@harborpeers.example.org",
    ),
    OrganizationRecord(
        "harbor-org-04",
        tr(
            "Safe Passage Harm Reduction",
            "Safe Passage Reducción de Daños",
            "安全通道减害服务",
            "Safe Passage Giảm Tác hại",
            "سيف باساج للحد من الضرر",
        ),
        tr(
            "Meets people who use drugs where they are, with supplies, naloxone, testing and a friendly face.",
            "Acompaña a las personas que usan drogas donde estén, con materiales, naloxona, pruebas y un trato amable.",
            "在吸毒者所在之处与他们见面，提供用品、纳洛酮、检测和友善的帮助。",
            "Đến gặp người sử dụng ma túy ở nơi họ đang ở, với vật dụng, naloxone, xét nghiệm và sự thân thiện.",
            "نلتقي بمن يتعاطون المخدرات حيث هم، مع المستلزمات والنالوكسون والفحوصات ووجه ودود.",
        ),
        website="https://safepassage.example.org/",
    ),
    OrganizationRecord(
        "harbor-org-05",
        tr(
            "Lighthouse Center for Survivors",
            "Centro Lighthouse para Sobrevivientes",
            "灯塔幸存者中心",
            "Trung tâm Lighthouse dành cho Người sống sót",
            "مركز المنارة للناجين",
        ),
        tr(
            "Shelter, advocacy and counseling for survivors of domestic violence and their children.",
            "Albergue, defensa y consejería para sobrevivientes de violencia doméstica y sus hijos.",
            "为家庭暴力幸存者及其子女提供庇护、维权和心理咨询。",
            "Nơi trú ẩn, hỗ trợ pháp lý và tư vấn cho người sống sót sau bạo lực gia đình và con cái họ.",
            "مأوى ومناصرة وإرشاد للناجين من العنف الأسري وأطفالهم.",
        ),
    ),
    OrganizationRecord(
        "harbor-org-06",
        tr(
            "Anchor House Recovery Residences",
            "Residencias de Recuperación Anchor House",
            "锚屋康复之家",
            "Nhà Phục hồi Anchor House",
            "مساكن أنكر هاوس للتعافي",
        ),
        tr(
            "Certified recovery residences where people early in recovery live together and support each other.",
            "Residencias de recuperación certificadas donde personas en recuperación temprana conviven y se apoyan.",
            "经认证的康复之家，处于康复早期的人们共同生活、互相支持。",
            "Các nhà phục hồi được chứng nhận, nơi những người mới phục hồi sống cùng nhau và hỗ trợ lẫn nhau.",
            "مساكن تعافٍ معتمدة يعيش فيها المتعافون حديثاً معاً ويدعم بعضهم بعضاً.",
        ),
        email="intake@anchorhouse.example.org",
    ),
    OrganizationRecord(
        "harbor-org-07",
        tr(
            "Harbor Food Bank",
            "Banco de Alimentos de Harbor",
            "港城食物银行",
            "Ngân hàng Thực phẩm Harbor",
            "بنك الطعام في هاربور",
        ),
        tr(
            "Groceries and hot meals for neighbors who need them, no questions asked.",
            "Despensa y comidas calientes para los vecinos que las necesiten, sin preguntas.",
            "为有需要的邻居提供食品杂货和热餐，不问缘由。",
            "Thực phẩm và bữa ăn nóng cho những người hàng xóm cần, không hỏi han gì.",
            "مواد غذائية ووجبات ساخنة للجيران المحتاجين دون أي أسئلة.",
        ),
        website="https://harborfoodbank.example.org/",
    ),
    OrganizationRecord(
        "harbor-org-08",
        tr(
            "Harbor Legal Aid Society",
            "Sociedad de Ayuda Legal de Harbor",
            "港城法律援助协会",
            "Hội Trợ giúp Pháp lý Harbor",
            "جمعية هاربور للمساعدة القانونية",
        ),
        tr(
            "Free civil legal help for low-income residents: housing, benefits, records and family law.",
            "Ayuda legal civil gratuita para residentes de bajos ingresos: vivienda, beneficios, antecedentes y "
            "derecho familiar.",
            "为低收入居民提供免费民事法律援助：住房、福利、犯罪记录和家庭法。",
            "Trợ giúp pháp lý dân sự miễn phí cho cư dân thu nhập thấp: nhà ở, phúc lợi, hồ sơ tư pháp và luật gia "
            "đình.",
            "مساعدة قانونية مدنية مجانية لذوي الدخل المحدود: السكن والإعانات والسجلات وقانون الأسرة.",
        ),
        email="intake@harborlegal.example.org",
    ),
    OrganizationRecord(
        "harbor-org-09",
        tr("RideAlong Harbor", "RideAlong Harbor", "港城同行接送", "RideAlong Harbor", "رايد ألونغ هاربور"),
        tr(
            "Volunteer drivers and transit passes so nobody misses treatment for lack of a ride.",
            "Conductores voluntarios y pases de transporte para que nadie falte a su tratamiento por no tener cómo "
            "llegar.",
            "志愿司机和交通卡，让任何人都不会因为没有交通工具而错过治疗。",
            "Tài xế tình nguyện và vé xe buýt để không ai bỏ lỡ buổi điều trị vì không có phương tiện.",
            "سائقون متطوعون وبطاقات مواصلات حتى لا يفوّت أحد علاجه بسبب عدم توفر وسيلة نقل.",
        ),
    ),
    OrganizationRecord(
        "harbor-org-10",
        tr(
            "Family Circle of Harbor City",
            "Círculo Familiar de Harbor City",
            "港城家庭互助圈",
            "Vòng tay Gia đình Harbor City",
            "دائرة العائلة في هاربور سيتي",
        ),
        tr(
            "Families helping families who love someone with a mental illness or a substance use disorder.",
            "Familias que apoyan a otras familias que quieren a alguien con una enfermedad mental o un trastorno por "
            "consumo de sustancias.",
            "家庭帮助家庭：为亲人患有精神疾病或物质使用障碍的家庭提供支持。",
            "Các gia đình giúp đỡ những gia đình có người thân mắc bệnh tâm thần hoặc rối loạn sử dụng chất.",
            "عائلات تساعد عائلات تحب شخصاً يعاني من مرض نفسي أو اضطراب تعاطي المواد.",
        ),
    ),
    OrganizationRecord(
        "harbor-org-11",
        tr(
            "Pacific Asian Counseling Services",
            "Servicios de Consejería Asiático-Pacíficos",
            "亚太心理咨询服务中心",
            "Dịch vụ Tư vấn Châu Á - Thái Bình Dương",
            "خدمات الإرشاد لآسيا والمحيط الهادئ",
        ),
        tr(
            "Culturally grounded counseling in Chinese, Vietnamese, Korean, Tagalog and English.",
            "Consejería con sensibilidad cultural en chino, vietnamita, coreano, tagalo e inglés.",
            "以中文、越南语、韩语、他加禄语和英语提供具有文化敏感性的心理咨询。",
            "Tư vấn phù hợp văn hóa bằng tiếng Hoa, tiếng Việt, tiếng Hàn, tiếng Tagalog và tiếng Anh.",
            "إرشاد نفسي يراعي الثقافة باللغات الصينية والفيتنامية والكورية والتاغالوغية والإنجليزية.",
        ),
        website="https://pacs.example.org/",
    ),
    OrganizationRecord(
        "harbor-org-12",
        tr(
            "Harbor Youth & Family Services",
            "Servicios para Jóvenes y Familias de Harbor",
            "港城青少年与家庭服务中心",
            "Dịch vụ Thanh thiếu niên và Gia đình Harbor",
            "خدمات الشباب والأسرة في هاربور",
        ),
        tr(
            "Counseling, childcare and family programs for young people and parents.",
            "Consejería, cuidado infantil y programas familiares para jóvenes, madres y padres.",
            "为青少年和家长提供心理咨询、托儿服务和家庭项目。",
            "Tư vấn, giữ trẻ và các chương trình gia đình cho thanh thiếu niên và cha mẹ.",
            "إرشاد ورعاية أطفال وبرامج أسرية للشباب والآباء.",
        ),
    ),
]


def _site(key, org, name, address, postal_code, lat, lon, **extra):
    return LocationRecord(key, org, name, address, postal_code, lat, lon, **extra)


LOCATIONS = [
    _site(
        "harbor-loc-01",
        "harbor-org-01",
        "Civic Center Behavioral Health",
        "400 Harbor Boulevard",
        "90701",
        33.7921,
        -118.2979,
    ),
    _site(
        "harbor-loc-02",
        "harbor-org-01",
        "Crisis Stabilization Unit",
        "1250 Pacific Coast Avenue",
        "90706",
        33.7812,
        -118.3105,
    ),
    LocationRecord(
        "harbor-loc-03",
        "harbor-org-01",
        "Harbor Telehealth",
        kind="virtual",
        url="https://telehealth.harbor.example.org/",
    ),
    _site("harbor-loc-04", "harbor-org-02", "Bayview Clinic – Main", "2210 Bayview Drive", "90703", 33.8034, -118.2841),
    _site(
        "harbor-loc-05", "harbor-org-02", "Bayview Clinic – Westport", "875 Westport Road", "90710", 33.7769, -118.3226
    ),
    _site(
        "harbor-loc-06",
        "harbor-org-03",
        "Harbor Peer Recovery Center",
        "318 Anchor Street",
        "90702",
        33.7955,
        -118.2903,
    ),
    _site("harbor-loc-07", "harbor-org-04", "Safe Passage Drop-in", "59 Dock Street", "90704", 33.7868, -118.2798),
    LocationRecord(
        "harbor-loc-08",
        "harbor-org-05",
        "Lighthouse Shelter",
        postal_code="90708",
        latitude=33.80,
        longitude=-118.30,
        confidential_contact=SHELTER_CONTACT,
    ),
    _site(
        "harbor-loc-09", "harbor-org-05", "Lighthouse Outreach Office", "1440 Elm Avenue", "90705", 33.8102, -118.3051
    ),
    LocationRecord(
        "harbor-loc-10",
        "harbor-org-06",
        "Anchor House",
        postal_code="90709",
        latitude=33.78,
        longitude=-118.29,
        confidential_contact=RESIDENCE_CONTACT,
    ),
    _site(
        "harbor-loc-11",
        "harbor-org-07",
        "Harbor Food Bank Warehouse",
        "3300 Industrial Way",
        "90711",
        33.7701,
        -118.2712,
    ),
    _site(
        "harbor-loc-12", "harbor-org-07", "Eastside Community Kitchen", "12 Mercado Plaza", "90712", 33.7987, -118.2654
    ),
    _site(
        "harbor-loc-13",
        "harbor-org-08",
        "Harbor Legal Aid Office",
        "505 Court Street, Suite 300",
        "90701",
        33.7930,
        -118.2962,
    ),
    _site("harbor-loc-14", "harbor-org-09", "RideAlong Dispatch", "77 Terminal Way", "90704", 33.7850, -118.2770),
    _site(
        "harbor-loc-15",
        "harbor-org-10",
        "Family Circle Meeting Room",
        "260 Lighthouse Lane",
        "90707",
        33.8065,
        -118.2935,
    ),
    _site(
        "harbor-loc-16",
        "harbor-org-11",
        "Pacific Asian Counseling – Little Saigon",
        "9120 Bolsa Street",
        "90712",
        33.8011,
        -118.2602,
    ),
    LocationRecord(
        "harbor-loc-17", "harbor-org-11", "PACS Online", kind="virtual", url="https://pacs.example.org/video/"
    ),
    _site("harbor-loc-18", "harbor-org-12", "Harbor Youth Center", "1800 Seaside Avenue", "90706", 33.7834, -118.3064),
]

PLACES = [
    PlaceRecord("Downtown Harbor City", "90701", 33.7925, -118.2975),
    PlaceRecord("Anchor Heights", "90702", 33.7960, -118.2890),
    PlaceRecord("Bayview", "90703", 33.8030, -118.2845),
    PlaceRecord("Dockside", "90704", 33.7860, -118.2790),
    PlaceRecord("Elmwood", "90705", 33.8105, -118.3055),
    PlaceRecord("Seaside", "90706", 33.7830, -118.3070),
    PlaceRecord("Lighthouse Point", "90707", 33.8070, -118.2930),
    PlaceRecord("North Harbor", "90708", 33.8190, -118.3010),
    PlaceRecord("Marina District", "90709", 33.7750, -118.2930),
    PlaceRecord("Westport", "90710", 33.7765, -118.3230),
    PlaceRecord("Harbor Industrial", "90711", 33.7700, -118.2710),
    PlaceRecord("Little Saigon", "90712", 33.8010, -118.2600),
]
