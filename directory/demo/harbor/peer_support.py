"""Harbor City: peer-run recovery support and harm reduction."""

from directory.demo.common import ANYONE, FREE, FREE_CONFIDENTIAL, FREE_COST, IN_RECOVERY, JUST_COME, WALK_IN
from directory.demo.records import Phone, ServiceRecord, days, tr

SERVICES = [
    ServiceRecord(
        "harbor-svc-020",
        "harbor-org-03",
        ("peer-support", "crisis-line"),
        name=tr(
            "Peer Warmline",
            "Línea cálida de apoyo entre pares",
            "同伴暖心热线",
            "Đường dây Ấm áp Đồng đẳng",
            "الخط الدافئ للأقران",
        ),
        description=tr(
            "Not in crisis but struggling? Talk with someone who has been there. Peer supporters listen without "
            "judging, every evening.",
            "¿No está en crisis pero lo está pasando mal? Hable con alguien que ha vivido lo mismo. Nuestros "
            "compañeros de apoyo le escuchan sin juzgar, todas las noches.",
            "没有处于危机中，但过得很艰难？和有过相同经历的人聊聊。同伴支持者每晚都会不加评判地倾听。",
            "Không khủng hoảng nhưng đang khó khăn? Hãy trò chuyện với người từng trải qua. Người hỗ trợ đồng đẳng "
            "lắng nghe không phán xét, mỗi tối.",
            "لست في أزمة لكنك تعاني؟ تحدث مع شخص مرّ بالتجربة نفسها. يستمع إليك داعمو الأقران دون إصدار أحكام كل مساء.",
        ),
        application=tr(
            "Call during opening hours. You can call as often as you like.",
            "Llame en el horario de atención. Puede llamar tantas veces como quiera.",
            "请在开放时间内致电。您可以随时多次来电。",
            "Hãy gọi trong giờ mở cửa. Bạn có thể gọi bao nhiêu lần tùy thích.",
            "اتصل خلال ساعات العمل. يمكنك الاتصال بقدر ما تشاء.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-06",),
        phones=(Phone("(562) 555-0300", ("en", "es")),),
        languages=("en", "es"),
        hours=days("17:00", "23:00", range(7)),
        costs=(FREE_COST,),
        verified_days_ago=27,
    ),
    ServiceRecord(
        "harbor-svc-021",
        "harbor-org-03",
        ("peer-support",),
        name=tr(
            "Recovery Community Center Drop-in",
            "Centro comunitario de recuperación: entrada libre",
            "康复社区中心开放日",
            "Trung tâm Cộng đồng Phục hồi - Ghé thăm Tự do",
            "مركز التعافي المجتمعي - استقبال مفتوح",
        ),
        description=tr(
            "Coffee, computers, showers on Tuesdays and Thursdays, and peers to talk to. A sober place to spend the "
            "day "
            "and find out what help is out there.",
            "Café, computadoras, duchas los martes y jueves, y compañeros con quienes hablar. Un lugar libre de "
            "alcohol y drogas para pasar el día y conocer los apoyos disponibles.",
            "提供咖啡、电脑，周二和周四可淋浴，还有同伴可以聊天。一个清醒的地方，让您度过白天并了解有哪些帮助。",
            "Cà phê, máy tính, tắm vòi sen vào thứ Ba và thứ Năm, và bạn đồng đẳng để trò chuyện. Một nơi không rượu "
            "bia, ma túy để ở lại trong ngày và tìm hiểu các hỗ trợ hiện có.",
            "قهوة وحواسيب واستحمام يومي الثلاثاء والخميس، وأقران تتحدث معهم. مكان خالٍ من الكحول والمخدرات لقضاء اليوم "
            "ومعرفة المساعدة المتاحة.",
        ),
        application=WALK_IN,
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("harbor-loc-06",),
        phones=(Phone("(562) 555-0301", ("en", "es")),),
        languages=("en", "es", "tl"),
        hours=days("09:00", "17:00") + [(5, "10:00", "15:00")],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=18,
        verified_days_ago=7,
    ),
    ServiceRecord(
        "harbor-svc-022",
        "harbor-org-03",
        ("peer-support", "group-counseling"),
        name=tr(
            "All Recovery Meetings",
            "Reuniones para todos los caminos de recuperación",
            "全康复途径聚会",
            "Buổi họp cho Mọi Con đường Phục hồi",
            "اجتماعات لكل مسارات التعافي",
        ),
        description=tr(
            "Peer-led meetings open to every pathway: twelve-step, SMART, faith-based, medication-assisted or your "
            "own way. Spanish-language meeting on Wednesdays.",
            "Reuniones dirigidas por pares y abiertas a todos los caminos: doce pasos, SMART, espirituales, con "
            "medicamentos o a su manera. Reunión en español los miércoles.",
            "由同伴带领的聚会，欢迎任何康复途径：十二步、SMART、信仰、药物辅助或您自己的方式。周三有西班牙语聚会。",
            None,
            "اجتماعات يقودها الأقران ومفتوحة لكل المسارات: الخطوات الاثنتا عشرة أو SMART أو المسار الإيماني أو العلاج "
            "بمساعدة الأدوية أو طريقتك الخاصة. اجتماع بالإسبانية يوم الأربعاء.",
        ),
        application=JUST_COME,
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("harbor-loc-06",),
        languages=("en", "es"),
        hours=[(0, "19:00", "20:00"), (2, "19:00", "20:00"), (4, "12:00", "13:00"), (6, "10:00", "11:00")],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=19,
    ),
    ServiceRecord(
        "harbor-svc-023",
        "harbor-org-03",
        ("peer-support", "case-management"),
        name=tr(
            "Peer Recovery Coaching",
            "Acompañamiento de coaches de recuperación",
            "同伴康复辅导",
            "Huấn luyện Phục hồi Đồng đẳng",
            "التدريب على التعافي من قِبل الأقران",
        ),
        description=tr(
            "A certified peer coach with lived experience meets you weekly to set goals, practice for appointments "
            "and stick with you through setbacks.",
            "Un coach par certificado, con experiencia propia, se reúne con usted cada semana para fijar metas, "
            "prepararse para citas y acompañarle en los tropiezos.",
            "一位有亲身经历的认证同伴教练每周与您见面，帮助设定目标、为预约做准备，并在遇到挫折时陪伴您。",
            "Một huấn luyện viên đồng đẳng được chứng nhận, có trải nghiệm thực tế, gặp bạn hằng tuần để đặt mục tiêu, "
            "chuẩn bị cho các cuộc hẹn và đồng hành cùng bạn qua những lúc vấp ngã.",
            "يلتقيك مدرب أقران معتمد ذو تجربة شخصية أسبوعياً لتحديد الأهداف والاستعداد للمواعيد والبقاء بجانبك عند "
            "التعثر.",
        ),
        application=tr(
            "Ask at the front desk or call; you are matched with a coach within a week.",
            "Pregunte en la recepción o llame; le asignamos un coach en menos de una semana.",
            "请在前台询问或致电；一周内为您匹配教练。",
            "Hãy hỏi tại quầy tiếp tân hoặc gọi điện; bạn sẽ được ghép với huấn luyện viên trong vòng một tuần.",
            "اسأل في مكتب الاستقبال أو اتصل؛ نربطك بمدرب خلال أسبوع.",
        ),
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("harbor-loc-06",),
        phones=(Phone("(562) 555-0301", ("en", "es")),),
        languages=("en", "es", "vi"),
        hours=days("09:00", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        verified_days_ago=33,
    ),
    ServiceRecord(
        "harbor-svc-024",
        "harbor-org-04",
        ("harm-reduction",),
        name=tr(
            "Syringe Services and Drop-in",
            "Servicios de jeringas y centro de acogida",
            "注射器服务和开放中心",
            "Dịch vụ Bơm kim tiêm và Ghé thăm",
            "خدمات الحقن والاستقبال المفتوح",
        ),
        description=tr(
            "Sterile syringes, smoking supplies, wound care, HIV and hepatitis C testing, and a sharps disposal kiosk, "
            "from staff who will not judge you.",
            "Jeringas estériles, materiales para fumar más seguros, curación de heridas, pruebas de VIH y hepatitis C, "
            "y un contenedor para desechar agujas, con personal que no le juzgará.",
            "提供无菌注射器、吸食用品、伤口护理、艾滋病毒和丙肝检测以及锐器回收箱，工作人员不会评判您。",
            "Bơm kim tiêm vô trùng, dụng cụ hút an toàn hơn, chăm sóc vết thương, xét nghiệm HIV và viêm gan C, và "
            "thùng thu gom kim tiêm, với nhân viên không phán xét bạn.",
            "حقن معقمة ومستلزمات تدخين أكثر أماناً والعناية بالجروح وفحص فيروس نقص المناعة والتهاب الكبد C وصندوق "
            "للتخلص "
            "من الإبر، مع موظفين لا يحكمون عليك.",
        ),
        application=WALK_IN,
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-07",),
        phones=(Phone("(562) 555-0160", ("en", "es")),),
        languages=("en", "es"),
        hours=days("10:00", "18:00", (0, 1, 2, 3, 4, 5)),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=5,
    ),
    ServiceRecord(
        "harbor-svc-025",
        "harbor-org-04",
        ("harm-reduction",),
        name=tr(
            "Naloxone Training and Free Kits",
            "Capacitación en naloxona y kits gratuitos",
            "纳洛酮培训和免费急救包",
            "Tập huấn Naloxone và Bộ dụng cụ Miễn phí",
            "التدريب على النالوكسون ومجموعات مجانية",
        ),
        description=tr(
            "Learn to recognize an overdose and use naloxone (Narcan) in 15 minutes, and leave with two free kits. "
            "Trainings also come to workplaces, churches and schools.",
            "Aprenda en 15 minutos a reconocer una sobredosis y usar la naloxona (Narcan), y llévese dos kits gratis. "
            "También damos capacitaciones en lugares de trabajo, iglesias y escuelas.",
            "15 分钟学会识别用药过量并使用纳洛酮（Narcan），并免费领取两套急救包。培训也可到工作场所、教会和学校进行。",
            None,
            "تعلّم في 15 دقيقة كيف تتعرف على الجرعة الزائدة وتستخدم النالوكسون (ناركان)، وخذ معك مجموعتين مجاناً. نقدّم "
            "التدريب أيضاً في أماكن العمل والكنائس والمدارس.",
        ),
        application=WALK_IN,
        eligibility=ANYONE,
        fees=FREE,
        locations=("harbor-loc-07",),
        phones=(Phone("(562) 555-0161", ("en", "es")),),
        languages=("en", "es", "ar"),
        hours=days("10:00", "18:00", (0, 1, 2, 3, 4, 5)),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=10,
    ),
    ServiceRecord(
        "harbor-svc-026",
        "harbor-org-04",
        ("harm-reduction",),
        name=tr(
            "Harm Reduction Supplies by Mail",
            "Materiales de reducción de daños por correo",
            "邮寄减害用品",
            "Vật dụng Giảm Tác hại qua Bưu điện",
            "مستلزمات الحد من الضرر بالبريد",
        ),
        description=tr(
            "Order naloxone, fentanyl test strips and safer-use supplies online, sent in a plain envelope.",
            "Pida en línea naloxona, tiras reactivas de fentanilo y materiales para un consumo más seguro; se envían "
            "en un sobre sin marcas.",
            "在线订购纳洛酮、芬太尼检测试纸和更安全的使用用品，以普通信封寄送。",
            "Đặt mua trực tuyến naloxone, que thử fentanyl và dụng cụ sử dụng an toàn hơn, gửi trong phong bì trơn.",
            "اطلب عبر الإنترنت النالوكسون وشرائط اختبار الفنتانيل ومستلزمات الاستخدام الأكثر أماناً، وتُرسل في ظرف عادي.",
        ),
        alert=tr(
            "Mail orders are paused while we change suppliers; pick up supplies at the drop-in instead.",
            "Los pedidos por correo están en pausa mientras cambiamos de proveedor; recoja los materiales en el "
            "centro de acogida.",
            "我们正在更换供应商，邮寄订单暂停；请到开放中心领取用品。",
            "Đơn hàng qua bưu điện tạm ngừng trong khi chúng tôi đổi nhà cung cấp; vui lòng nhận vật dụng tại trung "
            "tâm.",
            "توقفت الطلبات البريدية مؤقتاً أثناء تغيير المورّد؛ استلم المستلزمات من مركز الاستقبال بدلاً من ذلك.",
        ),
        application=tr(
            "Fill in the short order form on our website; no name needed, only a mailing address.",
            "Llene el breve formulario en nuestro sitio web; no necesita dar su nombre, solo una dirección postal.",
            "在我们的网站上填写简短的订购表；无需姓名，只需邮寄地址。",
            "Điền mẫu đặt hàng ngắn trên trang web; không cần tên, chỉ cần địa chỉ nhận thư.",
            "املأ نموذج الطلب القصير على موقعنا؛ لا حاجة إلى الاسم، فقط عنوان بريدي.",
        ),
        eligibility=ANYONE,
        fees=FREE,
        costs=(FREE_COST,),
        languages=("en", "es"),
        flags=frozenset({"online"}),
        status="temporarily closed",
        verified_days_ago=2,
    ),
]
