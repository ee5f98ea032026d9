"""Riverside County's demo partner organizations, their locations and the places readers search near."""

from directory.demo.common import RESIDENCE_CONTACT, SHELTER_CONTACT
from directory.demo.records import LocationRecord, OrganizationRecord, PlaceRecord, tr

ORGANIZATIONS = [
    OrganizationRecord(
        "riverside-org-01",
        tr(
            "Riverside County Crisis Center",
            "Centro de Crisis del Condado de Riverside",
            "河滨县危机中心",
            "Trung tâm Khủng hoảng Quận Riverside",
            "مركز الأزمات في مقاطعة ريفرسايد",
        ),
        tr(
            "The county's local mental health authority: the 24-hour crisis line, mobile teams and a crisis "
            "respite center.",
            "La autoridad local de salud mental del condado: la línea de crisis de 24 horas, los equipos móviles y "
            "un centro de respiro para crisis.",
            "本县的地方心理健康管理机构：24 小时危机热线、流动小组和危机暂托中心。",
            "Cơ quan quản lý sức khỏe tâm thần địa phương của quận: đường dây khủng hoảng 24 giờ, các đội lưu động và "
            "trung tâm tạm nghỉ khủng hoảng.",
            "الهيئة المحلية للصحة النفسية في المقاطعة: خط الأزمات على مدار الساعة والفرق المتنقلة ومركز استراحة "
            "للأزمات.",
        ),
        email="crisis@riverside.example.org",
        website="https://crisis.riverside.example.org/",
    ),
    OrganizationRecord(
        "riverside-org-02",
        tr(
            "Valley Community Clinic",
            "Clínica Comunitaria del Valle",
            "山谷社区诊所",
            "Phòng khám Cộng đồng Thung lũng",
            "عيادة الوادي المجتمعية",
        ),
        tr(
            "Bilingual primary care, behavioral health and addiction treatment for families across the county.",
            "Atención primaria, salud conductual y tratamiento de adicciones en inglés y español para familias de "
            "todo el condado.",
            "为全县家庭提供双语初级保健、行为健康和成瘾治疗服务。",
            "Chăm sóc ban đầu, sức khỏe hành vi và điều trị nghiện song ngữ cho các gia đình khắp quận.",
            "رعاية أولية وصحة سلوكية وعلاج للإدمان بلغتين للعائلات في أنحاء المقاطعة.",
        ),
        email="citas@clinicadelvalle.example.org",
        website="https://clinicadelvalle.example.org/",
    ),
    OrganizationRecord(
        "riverside-org-03",
        tr(
            "Casa Esperanza Recovery Community Center",
            "Casa Esperanza, Centro Comunitario de Recuperación",
            "希望之家康复社区中心",
            "Trung tâm Cộng đồng Phục hồi Casa Esperanza",
            "مركز كاسا إسبيرانزا المجتمعي للتعافي",
        ),
        tr(
            "A peer-run center where people in recovery and their families find support, meetings and friendship.",
            "Un centro dirigido por pares donde las personas en recuperación y sus familias encuentran apoyo, "
            "reuniones y amistad.",
            "由同伴运营的中心，康复者及其家人可以在这里获得支持、参加聚会并结交朋友。",
            "Trung tâm do người đồng đẳng điều hành, nơi người đang phục hồi và gia đình họ tìm thấy sự hỗ trợ, các "
            "buổi họp và tình bạn.",
            "مركز يديره الأقران يجد فيه المتعافون وعائلاتهم الدعم والاجتماعات والصداقة.",
        ),
        email="hola@casaesperanza.example.org",
    ),
    OrganizationRecord(
        "riverside-org-04",
        tr(
            "Río Harm Reduction Collective",
            "Colectivo Río de Reducción de Daños",
            "里奥减害协作组织",
            "Tập thể Giảm Tác hại Río",
            "تجمع ريو للحد من الضرر",
        ),
        tr(
            "Outreach workers who bring naloxone, testing and safer-use supplies to towns and ranch roads across the "
            "county.",
            "Trabajadores de alcance que llevan naloxona, pruebas y materiales para un consumo más seguro a pueblos y "
            "caminos rurales de todo el condado.",
            "外展人员将纳洛酮、检测和更安全的使用用品送到全县各城镇和乡间道路。",
            "Nhân viên tiếp cận mang naloxone, xét nghiệm và dụng cụ sử dụng an toàn hơn đến các thị trấn và vùng nông "
            "trại khắp quận.",
            "عاملو تواصل يوصلون النالوكسون والفحوصات ومستلزمات الاستخدام الأكثر أماناً إلى البلدات والطرق الريفية في "
            "أنحاء المقاطعة.",
        ),
        website="https://colectivorio.example.org/",
    ),
    OrganizationRecord(
        "riverside-org-05",
        tr(
            "Safe Haven Family Shelter",
            "Refugio Seguro para Familias",
            "安全港家庭庇护所",
            "Nơi Trú ẩn Gia đình An toàn",
            "الملاذ الآمن لإيواء الأسر",
        ),
        tr(
            "Emergency shelter, counseling and legal advocacy for survivors of family violence and sexual assault.",
            "Albergue de emergencia, consejería y defensa legal para sobrevivientes de violencia familiar y "
            "agresión sexual.",
            "为家庭暴力和性侵犯幸存者提供紧急庇护、心理咨询和法律维权。",
            "Nơi trú ẩn khẩn cấp, tư vấn và hỗ trợ pháp lý cho người sống sót sau bạo lực gia đình và tấn công tình "
            "dục.",
            "مأوى طارئ وإرشاد ومناصرة قانونية للناجين من العنف الأسري والاعتداء الجنسي.",
        ),
    ),
    OrganizationRecord(
        "riverside-org-06",
        tr(
            "New Life Recovery Homes",
            "Hogares de Recuperación Nueva Vida",
            "新生康复之家",
            "Nhà Phục hồi Cuộc sống Mới",
            "بيوت الحياة الجديدة للتعافي",
        ),
        tr(
            "Peer-supported recovery homes for men and for women, with house meetings and links to work and treatment.",
            "Hogares de recuperación con apoyo entre pares para hombres y para mujeres, con reuniones en casa y "
            "enlaces con empleo y tratamiento.",
            "分别面向男性和女性的同伴支持康复之家，定期召开家庭会议，并与就业和治疗服务相衔接。",
            "Nhà phục hồi có hỗ trợ đồng đẳng dành cho nam và nữ, có họp nhà và kết nối với việc làm và điều trị.",
            "بيوت تعافٍ بدعم الأقران للرجال وللنساء، مع اجتماعات منزلية وروابط بالعمل والعلاج.",
        ),
        email="ingresos@nuevavida.example.org",
    ),
    OrganizationRecord(
        "riverside-org-07",
        tr(
            "Riverside County Food Bank",
            "Banco de Alimentos del Condado de Riverside",
            "河滨县食物银行",
            "Ngân hàng Thực phẩm Quận Riverside",
            "بنك الطعام في مقاطعة ريفرسايد",
        ),
        tr(
            "Feeds families in every corner of the county through pantries, mobile distributions and meals.",
            "Alimenta a familias de todos los rincones del condado con despensas, distribuciones móviles y comidas.",
            "通过食品站、流动发放和供餐，为全县每个角落的家庭提供食物。",
            "Cung cấp thực phẩm cho các gia đình ở mọi nơi trong quận qua tủ thực phẩm, điểm phát lưu động và bữa ăn.",
            "يطعم العائلات في كل أنحاء المقاطعة عبر مخازن الطعام والتوزيع المتنقل والوجبات.",
        ),
        website="https://bancoalimentos.example.org/",
    ),
    OrganizationRecord(
        "riverside-org-08",
        tr("Río Legal Aid", "Ayuda Legal del Río", "里奥法律援助", "Trợ giúp Pháp lý Río", "المساعدة القانونية في ريو"),
        tr(
            "Free lawyers for families with low incomes: housing, family law, immigration and expunctions.",
            "Abogados gratuitos para familias de bajos ingresos: vivienda, derecho familiar, inmigración y "
            "eliminación de antecedentes.",
            "为低收入家庭提供免费律师：住房、家庭法、移民和犯罪记录消除。",
            "Luật sư miễn phí cho các gia đình thu nhập thấp: nhà ở, luật gia đình, di trú và xóa hồ sơ tư pháp.",
            "محامون مجانيون للأسر ذات الدخل المحدود: السكن وقانون الأسرة والهجرة ومحو السجلات.",
        ),
        email="solicitudes@ayudalegalrio.example.org",
    ),
    OrganizationRecord(
        "riverside-org-09",
        tr(
            "Neighbors Ride Program",
            "Programa Transporte Solidario",
            "邻里互助接送项目",
            "Chương trình Hàng xóm Đưa đón",
            "برنامج توصيل الجيران",
        ),
        tr(
            "Volunteer drivers and gas cards for rural residents who need to reach treatment and court.",
            "Conductores voluntarios y tarjetas de gasolina para residentes rurales que necesitan llegar a su "
            "tratamiento o al tribunal.",
            "为需要前往治疗或法院的农村居民提供志愿司机和加油卡。",
            "Tài xế tình nguyện và thẻ xăng cho cư dân nông thôn cần đến nơi điều trị hoặc tòa án.",
            "سائقون متطوعون وبطاقات وقود لسكان الريف الذين يحتاجون إلى الوصول إلى العلاج أو المحكمة.",
        ),
    ),
    OrganizationRecord(
        "riverside-org-10",
        tr(
            "Families United in Recovery",
            "Familias Unidas en la Recuperación",
            "家庭携手康复会",
            "Các Gia đình Đoàn kết trong Phục hồi",
            "عائلات متحدة في التعافي",
        ),
        tr(
            "Support groups, classes and a helpline by and for families affected by addiction and mental illness.",
            "Grupos de apoyo, clases y una línea de ayuda hechos por y para familias afectadas por la adicción y las "
            "enfermedades mentales.",
            "由受成瘾和精神疾病影响的家庭组织、为这些家庭服务的支持小组、课程和求助热线。",
            "Nhóm hỗ trợ, lớp học và đường dây trợ giúp do và dành cho các gia đình bị ảnh hưởng bởi nghiện và bệnh "
            "tâm thần.",
            "مجموعات دعم ودورات وخط مساعدة من العائلات المتأثرة بالإدمان والأمراض النفسية ولأجلها.",
        ),
    ),
    OrganizationRecord(
        "riverside-org-11",
        tr(
            "Bridge Workforce Center",
            "Centro de Empleo El Puente",
            "桥梁就业中心",
            "Trung tâm Việc làm Bridge",
            "مركز الجسر للتوظيف",
        ),
        tr(
            "Job search help, training in the trades and a second-chance employer network.",
            "Ayuda para buscar trabajo, capacitación en oficios y una red de empleadores de segunda oportunidad.",
            "提供求职帮助、技能行业培训以及“第二次机会”雇主网络。",
            "Hỗ trợ tìm việc, đào tạo nghề và mạng lưới nhà tuyển dụng trao cơ hội thứ hai.",
            "مساعدة في البحث عن عمل وتدريب على الحِرف وشبكة أصحاب عمل يمنحون فرصة ثانية.",
        ),
        website="https://elpuente.example.org/",
    ),
    OrganizationRecord(
        "riverside-org-12",
        tr(
            "Raíces Youth Center",
            "Centro Juvenil Raíces",
            "根源青少年中心",
            "Trung tâm Thanh thiếu niên Raíces",
            "مركز رايسيس للشباب",
        ),
        tr(
            "Counseling, mentoring and childcare for young people and young parents.",
            "Consejería, mentoría y cuidado infantil para jóvenes y madres y padres jóvenes.",
            "为青少年和年轻父母提供心理咨询、导师辅导和托儿服务。",
            "Tư vấn, cố vấn và giữ trẻ cho thanh thiếu niên và cha mẹ trẻ.",
            "إرشاد وتوجيه ورعاية أطفال للشباب والآباء الشباب.",
        ),
    ),
]


def _site(key, org, name, address, postal_code, lat, lon, **extra):
    return LocationRecord(key, org, name, address, postal_code, lat, lon, **extra)


LOCATIONS = [
    _site(
        "riverside-loc-01",
        "riverside-org-01",
        "Centro de Crisis – Riverside",
        "1100 Main Street",
        "78601",
        29.8842,
        -97.9411,
    ),
    _site(
        "riverside-loc-02", "riverside-org-01", "Crisis Respite Center", "45 Hospital Drive", "78602", 29.8931, -97.9287
    ),
    LocationRecord(
        "riverside-loc-03",
        "riverside-org-01",
        "Línea de Crisis en línea",
        kind="virtual",
        url="https://crisis.riverside.example.org/chat/",
    ),
    _site(
        "riverside-loc-04",
        "riverside-org-02",
        "Clínica del Valle – Riverside",
        "620 Guadalupe Street",
        "78603",
        29.8790,
        -97.9502,
    ),
    _site(
        "riverside-loc-05",
        "riverside-org-02",
        "Clínica del Valle – San Isidro",
        "210 Calle Real",
        "78607",
        29.8123,
        -98.0410,
        city="San Isidro",
    ),
    LocationRecord(
        "riverside-loc-06",
        "riverside-org-02",
        "Clínica del Valle Telesalud",
        kind="virtual",
        url="https://clinicadelvalle.example.org/telesalud/",
    ),
    _site("riverside-loc-07", "riverside-org-03", "Casa Esperanza", "315 Pecan Street", "78604", 29.8868, -97.9355),
    _site(
        "riverside-loc-08", "riverside-org-04", "Colectivo Río – Oficina", "88 River Road", "78605", 29.8755, -97.9260
    ),
    LocationRecord(
        "riverside-loc-09",
        "riverside-org-05",
        "Refugio Seguro",
        postal_code="78606",
        latitude=29.90,
        longitude=-97.95,
        confidential_contact=SHELTER_CONTACT,
    ),
    LocationRecord(
        "riverside-loc-10",
        "riverside-org-06",
        "Nueva Vida – Casa de Mujeres",
        postal_code="78608",
        latitude=29.86,
        longitude=-97.97,
        confidential_contact=RESIDENCE_CONTACT,
        city="Cedar Bend",
    ),
    _site(
        "riverside-loc-11",
        "riverside-org-06",
        "Nueva Vida – Casa de Hombres",
        "742 Mesquite Lane",
        "78609",
        29.8560,
        -98.0021,
        city="Cedar Bend",
    ),
    _site(
        "riverside-loc-12",
        "riverside-org-07",
        "Banco de Alimentos – Almacén",
        "5000 Industrial Boulevard",
        "78610",
        29.8702,
        -97.9105,
    ),
    _site(
        "riverside-loc-13",
        "riverside-org-07",
        "Comedor San José",
        "19 Plaza de San José",
        "78611",
        29.9305,
        -97.8907,
        city="Palo Blanco",
    ),
    _site(
        "riverside-loc-14",
        "riverside-org-08",
        "Ayuda Legal del Río",
        "400 Courthouse Square, Suite 210",
        "78601",
        29.8851,
        -97.9398,
    ),
    _site(
        "riverside-loc-15", "riverside-org-09", "Transporte Solidario", "12 Depot Street", "78612", 29.8799, -97.9211
    ),
    _site(
        "riverside-loc-16",
        "riverside-org-10",
        "Salón Parroquial Santa María",
        "900 Church Street",
        "78603",
        29.8811,
        -97.9470,
    ),
    _site(
        "riverside-loc-17",
        "riverside-org-11",
        "Centro de Empleo El Puente",
        "1500 Commerce Street",
        "78602",
        29.8950,
        -97.9302,
    ),
    _site(
        "riverside-loc-18", "riverside-org-12", "Centro Juvenil Raíces", "230 Oak Street", "78604", 29.8880, -97.9380
    ),
]

PLACES = [
    PlaceRecord("Downtown Riverside", "78601", 29.8845, -97.9405),
    PlaceRecord("Hospital District", "78602", 29.8935, -97.9290),
    PlaceRecord("Barrio Guadalupe", "78603", 29.8795, -97.9500),
    PlaceRecord("Pecan Park", "78604", 29.8870, -97.9360),
    PlaceRecord("Riverbend", "78605", 29.8750, -97.9255),
    PlaceRecord("North Riverside", "78606", 29.9020, -97.9480),
    PlaceRecord("San Isidro", "78607", 29.8120, -98.0415),
    PlaceRecord("Cedar Bend", "78608", 29.8590, -97.9950),
    PlaceRecord("Mesquite Flats", "78609", 29.8555, -98.0030),
    PlaceRecord("East Industrial", "78610", 29.8700, -97.9100),
    PlaceRecord("Palo Blanco", "78611", 29.9300, -97.8900),
    PlaceRecord("Depot District", "78612", 29.8800, -97.9215),
]
