"""Riverside County: crisis lines, mobile crisis teams and crisis respite."""

from directory.demo.common import ANYONE, CALL_ANY_TIME, FREE_CONFIDENTIAL, FREE_COST, INSURANCE_COST, YOUTH
from directory.demo.records import ALWAYS_OPEN, Phone, ServiceRecord, days, tr

CRISIS_LINE = "1-800-662-4357"

SERVICES = [
    ServiceRecord(
        "riverside-svc-001",
        "riverside-org-01",
        ("crisis", "crisis-line"),
        name=tr(
            "24-Hour Crisis Line",
            "Línea de Crisis las 24 Horas",
            "24 小时危机热线",
            "Đường dây Khủng hoảng 24 Giờ",
            "خط الأزمات على مدار 24 ساعة",
        ),
        description=tr(
            "Bilingual crisis counselors answer day and night for thoughts of suicide, a relapse, a family emergency "
            "or worry about someone else. Also reachable by chat.",
            "Consejeros de crisis bilingües atienden de día y de noche si tiene pensamientos suicidas, una recaída, "
            "una emergencia familiar o le preocupa otra persona. También puede escribir por chat.",
            "双语危机咨询员日夜接听，处理自杀念头、复发、家庭紧急情况或对他人的担忧。也可通过在线聊天联系。",
            "Tư vấn viên khủng hoảng song ngữ trả lời ngày đêm khi bạn có ý nghĩ tự tử, tái nghiện, gia đình gặp "
            "chuyện khẩn cấp hoặc lo lắng cho người khác. Có thể liên hệ qua trò chuyện trực tuyến.",
            "يرد مستشارو أزمات ثنائيو اللغة ليلاً ونهاراً عند وجود أفكار انتحارية أو انتكاسة أو طارئ عائلي أو قلق على "
            "شخص آخر. متاح أيضاً عبر الدردشة.",
        ),
        application=CALL_ANY_TIME,
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("riverside-loc-01", "riverside-loc-03"),
        phones=(
            Phone(CRISIS_LINE, ("en", "es")),
            Phone("988", ("en", "es"), description="988 reaches the same team"),
            Phone("(512) 555-0199", ("en",), kind="tty"),
        ),
        languages=("es", "en", "vi", "asl"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST,),
        flags=frozenset({"online"}),
        verified_days_ago=2,
    ),
    ServiceRecord(
        "riverside-svc-002",
        "riverside-org-01",
        ("crisis", "mobile-crisis"),
        name=tr(
            "Mobile Crisis Outreach Team",
            "Equipo Móvil de Alcance en Crisis",
            "流动危机外展小组",
            "Đội Tiếp cận Khủng hoảng Lưu động",
            "فريق التواصل المتنقل في الأزمات",
        ),
        description=tr(
            "Two-person teams drive to homes, schools and ranches anywhere in the county to help during a "
            "mental-health "
            "crisis, and can arrange a bed at the respite center.",
            "Equipos de dos personas acuden a casas, escuelas y ranchos de cualquier parte del condado para ayudar en "
            "una crisis de salud mental, y pueden conseguir una cama en el centro de respiro.",
            "两人小组开车前往全县任何地方的住宅、学校和牧场，在心理健康危机期间提供帮助，并可安排暂托中心的床位。",
            "Các đội hai người lái xe đến nhà, trường học và nông trại ở bất cứ đâu trong quận để giúp đỡ khi khủng "
            "hoảng tâm thần, và có thể sắp xếp giường tại trung tâm tạm nghỉ.",
            "تنتقل فرق من شخصين إلى المنازل والمدارس والمزارع في أي مكان بالمقاطعة للمساعدة في أزمة نفسية، ويمكنها "
            "ترتيب سرير في مركز الاستراحة.",
        ),
        application=tr(
            "Call the crisis line and ask for the mobile team. In town they arrive within an hour; in rural areas it "
            "can take longer.",
            "Llame a la línea de crisis y pida el equipo móvil. En la ciudad llega en menos de una hora; en zonas "
            "rurales puede tardar más.",
            "拨打危机热线并要求派出流动小组。市区内一小时内到达；农村地区可能需要更长时间。",
            "Gọi đường dây khủng hoảng và yêu cầu đội lưu động. Trong thị trấn đội đến trong vòng một giờ; ở vùng nông "
            "thôn có thể lâu hơn.",
            "اتصل بخط الأزمات واطلب الفريق المتنقل. داخل المدينة يصل خلال ساعة؛ وقد يستغرق وقتاً أطول في المناطق "
            "الريفية.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("riverside-loc-01",),
        phones=(Phone(CRISIS_LINE, ("en", "es")),),
        languages=("es", "en"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST,),
        verified_days_ago=9,
    ),
    ServiceRecord(
        "riverside-svc-003",
        "riverside-org-01",
        ("crisis",),
        name=tr(
            "Crisis Respite Center",
            "Centro de Respiro para Crisis",
            "危机暂托中心",
            "Trung tâm Tạm nghỉ Khủng hoảng",
            "مركز الاستراحة في الأزمات",
        ),
        description=tr(
            "A home-like place to stay for up to seven days when things fall apart, with peer staff, a nurse and "
            "daily visits from a counselor. An alternative to the hospital.",
            "Un lugar parecido a un hogar donde quedarse hasta siete días cuando todo se derrumba, con personal de "
            "apoyo entre pares, una enfermera y visitas diarias de un consejero. Una alternativa al hospital.",
            "当生活陷入困境时，可在这个像家一样的地方住最多七天，有同伴工作人员、护士，咨询师每天探访。可替代住院。",
            "Một nơi như ở nhà để ở lại tối đa bảy ngày khi mọi thứ sụp đổ, có nhân viên đồng đẳng, y tá và tư vấn "
            "viên đến thăm hằng ngày. Một lựa chọn thay cho bệnh viện.",
            "مكان يشبه المنزل للإقامة حتى سبعة أيام حين تنهار الأمور، مع موظفين من الأقران وممرضة وزيارات يومية من "
            "مرشد. بديل عن المستشفى.",
        ),
        application=tr(
            "Call the crisis line or walk in at any hour; staff talk with you first to see if respite is right for "
            "you.",
            "Llame a la línea de crisis o venga a cualquier hora; el personal conversa primero con usted para ver si "
            "el centro de respiro es adecuado.",
            "拨打危机热线或随时前来；工作人员会先与您交谈，看看暂托是否适合您。",
            "Gọi đường dây khủng hoảng hoặc đến bất cứ giờ nào; nhân viên sẽ trò chuyện trước để xem tạm nghỉ có phù "
            "hợp với bạn không.",
            "اتصل بخط الأزمات أو احضر في أي ساعة؛ يتحدث معك الموظفون أولاً لمعرفة ما إذا كانت الاستراحة مناسبة لك.",
        ),
        eligibility=tr(
            "Adults 18 and over who are not a danger to others and do not need hospital care.",
            "Personas adultas de 18 años o más que no representen un peligro para otros y no necesiten hospital.",
            "不会对他人构成危险且不需要住院治疗的 18 岁及以上成年人。",
            "Người lớn từ 18 tuổi trở lên không gây nguy hiểm cho người khác và không cần điều trị tại bệnh viện.",
            "البالغون من عمر 18 عاماً فأكثر ممن لا يشكلون خطراً على الآخرين ولا يحتاجون إلى رعاية المستشفى.",
        ),
        fees=tr(
            "Free. Medicaid is billed if you have it.",
            "Gratis. Si tiene Medicaid, se le factura a Medicaid.",
            "免费。如您有 Medicaid，将向其收费。",
            "Miễn phí. Nếu bạn có Medicaid, chúng tôi sẽ tính cho Medicaid.",
            "مجاني. يُحاسَب Medicaid إن كان لديك.",
        ),
        locations=("riverside-loc-02",),
        phones=(Phone("(512) 555-0110", ("en", "es")),),
        languages=("es", "en"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST, INSURANCE_COST),
        flags=frozenset({"walk_in", "insurance_accepted"}),
        minimum_age=18,
        capacity=(3, "beds"),
        verified_days_ago=6,
    ),
    ServiceRecord(
        "riverside-svc-004",
        "riverside-org-12",
        ("crisis", "mobile-crisis"),
        name=tr(
            "Youth Mobile Crisis",
            "Crisis Juvenil: Equipo Móvil",
            "青少年流动危机服务",
            "Đội Khủng hoảng Lưu động cho Thanh thiếu niên",
            "فريق الأزمات المتنقل للشباب",
        ),
        description=tr(
            "Youth counselors come to schools and homes when a young person is in crisis, and stay in touch with the "
            "family for four weeks afterwards.",
            "Consejeras juveniles van a escuelas y casas cuando un joven está en crisis, y acompañan a la familia "
            "durante las cuatro semanas siguientes.",
            "当青少年陷入危机时，青少年咨询师会前往学校和家中，并在之后四周内与家庭保持联系。",
            "Tư vấn viên thanh thiếu niên đến trường học và nhà khi một bạn trẻ gặp khủng hoảng, và giữ liên lạc với "
            "gia đình trong bốn tuần sau đó.",
            "يأتي مرشدو الشباب إلى المدارس والمنازل حين يمر شاب بأزمة، ويبقون على تواصل مع الأسرة أربعة أسابيع بعدها.",
        ),
        application=tr(
            "Parents, schools or young people themselves can call the crisis line and ask for the youth team.",
            "Madres, padres, escuelas o los propios jóvenes pueden llamar a la línea de crisis y pedir el equipo "
            "juvenil.",
            "家长、学校或青少年本人都可以拨打危机热线并要求青少年小组。",
            "Cha mẹ, nhà trường hoặc chính các bạn trẻ có thể gọi đường dây khủng hoảng và yêu cầu đội thanh thiếu "
            "niên.",
            "يمكن للآباء أو المدارس أو الشباب أنفسهم الاتصال بخط الأزمات وطلب فريق الشباب.",
        ),
        eligibility=YOUTH,
        fees=FREE_CONFIDENTIAL,
        locations=("riverside-loc-18",),
        phones=(Phone(CRISIS_LINE, ("en", "es")),),
        languages=("es", "en"),
        hours=days("07:00", "23:00", range(7)),
        costs=(FREE_COST,),
        minimum_age=12,
        maximum_age=17,
        verified_days_ago=15,
    ),
    ServiceRecord(
        "riverside-svc-005",
        "riverside-org-01",
        ("crisis", "crisis-line"),
        name=tr(
            "Veterans and Farmworkers Support Line",
            "Línea de Apoyo para Veteranos y Trabajadores del Campo",
            "退伍军人和农场工人支持热线",
            "Đường dây Hỗ trợ Cựu chiến binh và Công nhân Nông trại",
            "خط دعم المحاربين القدامى وعمال المزارع",
        ),
        description=tr(
            "A line staffed by veterans and by former farmworkers who understand isolation, long hours, injuries and "
            "the pressure to keep going. They can connect you to VA care or a clinic near you.",
            "Una línea atendida por veteranos y por extrabajadores del campo que entienden el aislamiento, las "
            "jornadas largas, las lesiones y la presión de seguir adelante. Pueden conectarle con la atención del VA "
            "o con una clínica cercana.",
            "由退伍军人和前农场工人接听的热线，他们理解孤独、长时间劳动、伤病以及必须坚持下去的压力。"
            "他们可以为您联系退伍军人事务部（VA）的医疗服务或附近的诊所。",
            "Đường dây do cựu chiến binh và cựu công nhân nông trại trực, những người hiểu sự cô lập, giờ làm dài, "
            "chấn thương và áp lực phải tiếp tục. Họ có thể kết nối bạn với dịch vụ VA hoặc phòng khám gần bạn.",
            "خط يعمل عليه محاربون قدامى وعمال مزارع سابقون يفهمون العزلة وساعات العمل الطويلة والإصابات والضغط "
            "للاستمرار. يمكنهم ربطك برعاية شؤون المحاربين القدامى أو بعيادة قريبة منك.",
        ),
        application=CALL_ANY_TIME,
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("riverside-loc-03",),
        phones=(Phone("(512) 555-0177", ("en", "es")),),
        languages=("es", "en"),
        hours=days("08:00", "22:00", range(7)),
        costs=(FREE_COST,),
        flags=frozenset({"online"}),
        verified_days_ago=40,
    ),
    ServiceRecord(
        "riverside-svc-006",
        "riverside-org-05",
        ("crisis", "crisis-line"),
        name=tr(
            "Family Violence Hotline",
            "Línea de Ayuda contra la Violencia Familiar",
            "家庭暴力求助热线",
            "Đường dây Nóng về Bạo lực Gia đình",
            "الخط الساخن للعنف الأسري",
        ),
        description=tr(
            "Advocates answer around the clock to help you stay safe, plan to leave, get a protective order or find "
            "shelter tonight.",
            "Personas defensoras atienden a toda hora para ayudarle a estar a salvo, planear su salida, obtener una "
            "orden de protección o encontrar albergue esta noche.",
            "援助人员全天候接听，帮助您保障安全、计划离开、申请保护令或今晚找到庇护所。",
            "Nhân viên hỗ trợ trực suốt ngày đêm để giúp bạn an toàn, lên kế hoạch rời đi, xin lệnh bảo vệ hoặc tìm "
            "nơi trú ẩn ngay tối nay.",
            "يرد المناصرون على مدار الساعة لمساعدتك على البقاء بأمان والتخطيط للمغادرة والحصول على أمر حماية أو "
            "إيجاد مأوى الليلة.",
        ),
        application=tr(
            "Call or text any time. If someone may be listening, you can just say you have the wrong number.",
            "Llame o envíe un mensaje a cualquier hora. Si alguien puede estar escuchando, basta con decir que se "
            "equivocó de número.",
            "随时来电或发短信。如果有人可能在听，您可以说打错了电话。",
            "Gọi hoặc nhắn tin bất cứ lúc nào. Nếu có người đang nghe, bạn chỉ cần nói là nhầm số.",
            "اتصل أو أرسل رسالة في أي وقت. إذا كان أحد قد يستمع، يمكنك أن تقول إن الرقم خاطئ.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("riverside-loc-09",),
        phones=(
            Phone("(512) 555-0150", ("es", "en", "vi")),
            Phone("(512) 555-0150", ("es", "en"), kind="text"),
        ),
        languages=("es", "en", "vi", "ar"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST,),
        verified_days_ago=4,
    ),
    ServiceRecord(
        "riverside-svc-045",
        "riverside-org-01",
        ("mobile-crisis", "case-management"),
        name=tr(
            "Colonias Outreach Team",
            "Equipo de Alcance en las Colonias",
            "科洛尼亚斯社区外展小组",
            "Đội Tiếp cận các Khu Colonias",
            "فريق التواصل في الأحياء الريفية (كولونياس)",
        ),
        description=tr(
            "A counselor and a promotora visit the unincorporated colonias every week, respond to families in "
            "distress and bring crisis care, naloxone and referrals to where people live.",
            "Un consejero y una promotora visitan cada semana las colonias rurales, atienden a familias en crisis y "
            "llevan atención en crisis, naloxona y referencias hasta donde vive la gente.",
            "一名咨询师和一名 promotora 每周走访未建制的 colonias 社区，回应处于困境的家庭，把危机援助、"
            "纳洛酮和转介服务送到居民身边。",
            "Một tư vấn viên và một promotora đến các khu colonias ngoại thành mỗi tuần, hỗ trợ các gia đình đang gặp "
            "khủng hoảng và mang dịch vụ khủng hoảng, naloxone và giới thiệu đến tận nơi người dân sống.",
            "يزور مرشد وعاملة صحية مجتمعية الأحياء الريفية غير المنظمة (كولونياس) أسبوعياً، ويستجيبان للأسر التي تمر "
            "بضائقة، ويوصلان رعاية الأزمات والنالوكسون والإحالات إلى حيث يعيش الناس.",
        ),
        application=tr(
            "Call the crisis line and ask for the colonias team, or find them at the community center on Saturdays.",
            "Llame a la línea de crisis y pida el equipo de las colonias, o búsquelo los sábados en el centro "
            "comunitario.",
            "请拨打危机热线并要求 colonias 小组，或在周六到社区中心找他们。",
            "Gọi đường dây khủng hoảng và yêu cầu đội colonias, hoặc tìm họ tại trung tâm cộng đồng vào thứ Bảy.",
            "اتصل بخط الأزمات واطلب فريق الكولونياس، أو اعثر عليهم في المركز المجتمعي أيام السبت.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("riverside-loc-05",),
        phones=(Phone(CRISIS_LINE, ("es", "en")),),
        languages=("es", "en"),
        hours=days("09:00", "19:00", (1, 3, 5)),
        costs=(FREE_COST,),
        verified_days_ago=16,
    ),
]
