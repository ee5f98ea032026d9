"""Riverside County: peer-run recovery support and harm reduction."""

from directory.demo.common import ANYONE, FREE, FREE_CONFIDENTIAL, FREE_COST, IN_RECOVERY, JUST_COME, WALK_IN
from directory.demo.records import Phone, ServiceRecord, days, tr

SERVICES = [
    ServiceRecord(
        "riverside-svc-019",
        "riverside-org-03",
        ("peer-support",),
        name=tr(
            "Casa Esperanza Drop-in Center",
            "Casa Esperanza: centro de apoyo sin cita",
            "希望之家开放中心",
            "Trung tâm Ghé thăm Casa Esperanza",
            "مركز كاسا إسبيرانزا للاستقبال المفتوح",
        ),
        description=tr(
            "A welcoming house with coffee, lunch on Fridays, computers, a clothing closet and peers in recovery who "
            "know the local resources.",
            "Una casa acogedora con café, almuerzo los viernes, computadoras, ropero comunitario y compañeros en "
            "recuperación que conocen los recursos y apoyos de la zona.",
            "一个温馨的地方，提供咖啡、周五午餐、电脑、免费衣物，以及熟悉本地资源的康复同伴。",
            "Một ngôi nhà ấm cúng có cà phê, bữa trưa thứ Sáu, máy tính, tủ quần áo miễn phí và những người đồng đẳng "
            "đang phục hồi am hiểu các nguồn hỗ trợ địa phương.",
            "بيت مضياف فيه قهوة وغداء يوم الجمعة وحواسيب وخزانة ملابس وأقران متعافون يعرفون الموارد المحلية.",
        ),
        application=WALK_IN,
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("riverside-loc-07",),
        phones=(Phone("(512) 555-0300", ("es", "en")),),
        languages=("es", "en"),
        hours=days("09:00", "18:00") + [(5, "10:00", "14:00")],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=5,
    ),
    ServiceRecord(
        "riverside-svc-020",
        "riverside-org-03",
        ("peer-support",),
        name=tr(
            "Recovery Coaching",
            "Coaches de recuperación",
            "康复辅导",
            "Huấn luyện Phục hồi",
            "التدريب على التعافي",
        ),
        description=tr(
            "Certified peer recovery coaches walk alongside you: making a recovery plan, getting back your driver's "
            "license, reconnecting with family.",
            "Coaches de recuperación certificados le acompañan en el camino: hacer un plan de recuperación, recuperar "
            "su licencia de manejo, volver a conectar con su familia.",
            "经认证的同伴康复教练与您同行：制定康复计划、取回驾照、与家人重新建立联系。",
            "Các huấn luyện viên phục hồi đồng đẳng được chứng nhận đồng hành cùng bạn: lập kế hoạch phục hồi, lấy lại "
            "bằng lái xe, kết nối lại với gia đình.",
            "يرافقك مدربو تعافٍ معتمدون من الأقران: في وضع خطة للتعافي واستعادة رخصة القيادة وإعادة التواصل مع الأسرة.",
        ),
        application=tr(
            "Ask at the front desk or call; we match you with a coach who fits you.",
            "Pregunte en la recepción o llame; le asignamos un coach que vaya con usted.",
            "请在前台询问或致电；我们会为您匹配合适的教练。",
            "Hãy hỏi tại quầy tiếp tân hoặc gọi điện; chúng tôi sẽ ghép bạn với huấn luyện viên phù hợp.",
            "اسأل في مكتب الاستقبال أو اتصل؛ سنربطك بمدرب يناسبك.",
        ),
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("riverside-loc-07",),
        phones=(Phone("(512) 555-0301", ("es", "en")),),
        languages=("es", "en"),
        hours=days("09:00", "18:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        verified_days_ago=22,
    ),
    ServiceRecord(
        "riverside-svc-021",
        "riverside-org-03",
        ("peer-support", "group-counseling"),
        name=tr(
            "Spanish-Language Recovery Meetings",
            "Juntas de recuperación en español",
            "西班牙语康复聚会",
            "Buổi họp Phục hồi bằng Tiếng Tây Ban Nha",
            "اجتماعات التعافي باللغة الإسبانية",
        ),
        description=tr(
            "Peer-led meetings in Spanish every evening, open to any path to recovery. Family members are welcome on "
            "Sundays.",
            "Juntas dirigidas por pares en español todas las noches, abiertas a cualquier camino de recuperación. Los "
            "domingos son bienvenidos los familiares.",
            "每晚由同伴带领的西班牙语聚会，欢迎任何康复途径。周日欢迎家属参加。",
            "Các buổi họp do người đồng đẳng dẫn dắt bằng tiếng Tây Ban Nha mỗi tối, mở cho mọi con đường phục hồi. "
            "Chủ nhật chào đón người nhà tham gia.",
            "اجتماعات يقودها الأقران بالإسبانية كل مساء، مفتوحة لأي مسار للتعافي. أفراد الأسرة مرحب بهم أيام الأحد.",
        ),
        application=JUST_COME,
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("riverside-loc-07",),
        languages=("es",),
        hours=days("19:30", "21:00", range(7)),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=10,
    ),
    ServiceRecord(
        "riverside-svc-022",
        "riverside-org-03",
        ("peer-support",),
        name=tr(
            "Online Recovery Circle",
            "Círculo de recuperación en línea",
            "线上康复互助圈",
            "Vòng tròn Phục hồi Trực tuyến",
            "حلقة التعافي عبر الإنترنت",
        ),
        description=tr(
            "Video meetings for people who cannot get to town: ranch hands, parents at home, night-shift workers. "
            "Cameras optional.",
            "Reuniones por video para quienes no pueden llegar a la ciudad: trabajadores de rancho, madres y padres "
            "en casa, personas con turno de noche. La cámara es opcional.",
            "为无法进城的人举办的视频聚会：牧场工人、在家的父母、夜班工作者。可不开摄像头。",
            "Các buổi họp qua video cho người không thể lên thị trấn: người làm ở nông trại, cha mẹ ở nhà, người làm "
            "ca "
            "đêm. Không bắt buộc bật camera.",
            "اجتماعات بالفيديو لمن لا يستطيعون الوصول إلى المدينة: عمال المزارع والآباء في المنزل وعمال النوبات "
            "الليلية. "
            "الكاميرا اختيارية.",
        ),
        application=tr(
            "Get the meeting link on our website or by text message; join a few minutes early.",
            "Obtenga el enlace en nuestro sitio web o por mensaje de texto; conéctese unos minutos antes.",
            "在我们的网站上或通过短信获取会议链接；请提前几分钟加入。",
            "Lấy đường dẫn buổi họp trên trang web hoặc qua tin nhắn; vào sớm vài phút.",
            "احصل على رابط الاجتماع من موقعنا أو برسالة نصية؛ انضم قبل بضع دقائق.",
        ),
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("riverside-loc-06",),
        languages=("es", "en"),
        hours=[(1, "20:00", "21:00"), (4, "20:00", "21:00"), (6, "18:00", "19:00")],
        costs=(FREE_COST,),
        flags=frozenset({"online"}),
        verified_days_ago=16,
    ),
    ServiceRecord(
        "riverside-svc-023",
        "riverside-org-04",
        ("harm-reduction",),
        name=tr(
            "Naloxone for Everyone",
            "Naloxona para todos",
            "人人都有纳洛酮",
            "Naloxone cho Mọi người",
            "النالوكسون للجميع",
        ),
        description=tr(
            "Free naloxone nasal spray and a five-minute lesson on how to reverse an opioid overdose. We also train "
            "churches, bars, schools and ranch crews.",
            "Naloxona en aerosol nasal gratis y una lección de cinco minutos para revertir una sobredosis de opioides. "
            "También capacitamos a iglesias, bares, escuelas y cuadrillas de ranchos.",
            "免费提供纳洛酮鼻喷剂，并用五分钟教您如何逆转阿片类药物过量。我们也为教会、酒吧、学校和牧场工作队提供培训。",
            "Xịt mũi naloxone miễn phí và bài học năm phút về cách cứu người quá liều chất dạng thuốc phiện. Chúng tôi "
            "cũng tập huấn cho nhà thờ, quán bar, trường học và đội công nhân nông trại.",
            "بخاخ أنفي مجاني من النالوكسون ودرس مدته خمس دقائق لعكس الجرعة الزائدة من الأفيونات. ندرّب أيضاً الكنائس "
            "والحانات والمدارس وفرق العمل في المزارع.",
        ),
        application=WALK_IN,
        eligibility=ANYONE,
        fees=FREE,
        locations=("riverside-loc-08",),
        phones=(Phone("(512) 555-0160", ("es", "en")),),
        languages=("es", "en"),
        hours=days("10:00", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=7,
    ),
    ServiceRecord(
        "riverside-svc-024",
        "riverside-org-04",
        ("harm-reduction",),
        name=tr(
            "Outreach Van: Safer-Use Supplies and Testing",
            "Camioneta de alcance: materiales y pruebas",
            "外展车：更安全使用用品和检测",
            "Xe Tiếp cận: Vật dụng An toàn và Xét nghiệm",
            "عربة التواصل: مستلزمات الاستخدام الآمن والفحوصات",
        ),
        description=tr(
            "The van stops in Cedar Bend, San Isidro and Palo Blanco each week with sterile supplies, fentanyl test "
            "strips, wound care and rapid HIV and hepatitis C tests.",
            "La camioneta se detiene cada semana en Cedar Bend, San Isidro y Palo Blanco con materiales estériles, "
            "tiras reactivas de fentanilo, curaciones y pruebas rápidas de VIH y hepatitis C.",
            "外展车每周停靠雪松湾、圣伊西德罗和帕洛布兰科，提供无菌用品、芬太尼检测试纸、伤口护理以及艾滋病毒和丙肝快速检测。",
            "Xe dừng ở Cedar Bend, San Isidro và Palo Blanco mỗi tuần với dụng cụ vô trùng, que thử fentanyl, chăm sóc "
            "vết thương và xét nghiệm nhanh HIV, viêm gan C.",
            "تتوقف العربة أسبوعياً في سيدار بند وسان إيسيدرو وبالو بلانكو مع مستلزمات معقمة وشرائط اختبار الفنتانيل "
            "والعناية بالجروح وفحوص سريعة لفيروس نقص المناعة والتهاب الكبد C.",
        ),
        application=tr(
            "Text us to learn where the van is today, or find the schedule on our website.",
            "Envíenos un mensaje para saber dónde está hoy la camioneta, o consulte el horario en nuestro sitio web.",
            "发短信给我们了解外展车今天的位置，或在我们的网站上查看时间表。",
            "Nhắn tin cho chúng tôi để biết hôm nay xe ở đâu, hoặc xem lịch trên trang web.",
            "راسلنا لمعرفة مكان العربة اليوم، أو اطلع على الجدول في موقعنا.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("riverside-loc-08",),
        phones=(Phone("(512) 555-0161", ("es", "en"), kind="text"),),
        languages=("es", "en"),
        hours=[(1, "12:00", "17:00"), (3, "12:00", "17:00"), (5, "10:00", "14:00")],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=13,
    ),
    ServiceRecord(
        "riverside-svc-025",
        "riverside-org-04",
        ("harm-reduction",),
        name=tr(
            "Harm Reduction Vending Machine",
            "Máquina expendedora de reducción de daños",
            "减害自助售货机",
            "Máy Bán hàng Tự động Giảm Tác hại",
            "آلة البيع الذاتي للحد من الضرر",
        ),
        description=tr(
            "A free, anonymous machine outside the clinic with naloxone, fentanyl test strips, condoms and hygiene "
            "kits, stocked every day.",
            "Una máquina gratuita y anónima afuera de la clínica con naloxona, tiras reactivas de fentanilo, condones "
            "y kits de higiene, que se surte todos los días.",
            "诊所外的一台免费匿名售货机，提供纳洛酮、芬太尼检测试纸、安全套和卫生包，每天补货。",
            None,
            "آلة مجانية ومجهولة خارج العيادة فيها النالوكسون وشرائط اختبار الفنتانيل والواقيات الذكرية وحقائب النظافة، "
            "يُعاد ملؤها يومياً.",
        ),
        application=tr(
            "Enter the county ZIP code on the keypad and choose up to three items a day.",
            "Escriba un código postal del condado en el teclado y elija hasta tres artículos al día.",
            "在键盘上输入本县邮政编码，每天最多可选择三件物品。",
            "Nhập mã bưu điện của quận trên bàn phím và chọn tối đa ba món mỗi ngày.",
            "أدخل الرمز البريدي للمقاطعة على لوحة المفاتيح واختر حتى ثلاثة أصناف يومياً.",
        ),
        eligibility=ANYONE,
        fees=FREE,
        locations=("riverside-loc-05",),
        languages=("es", "en"),
        hours=[(day, "00:00", "23:59") for day in range(7)],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=3,
    ),
]
