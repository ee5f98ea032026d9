"""Harbor City: crisis lines, mobile crisis and crisis stabilization."""

from directory.demo.common import ANYONE, CALL_ANY_TIME, FREE_CONFIDENTIAL, FREE_COST, INSURANCE_COST, YOUTH
from directory.demo.records import ALWAYS_OPEN, Phone, ServiceRecord, days, tr

ALL_FIVE = ("en", "es", "zh-hans", "vi", "ar")

SERVICES = [
    ServiceRecord(
        "harbor-svc-001",
        "harbor-org-01",
        ("crisis", "crisis-line"),
        name=tr(
            "988 Harbor City Crisis Line",
            "Línea de Crisis 988 de Harbor City",
            "港城 988 危机热线",
            "Đường dây Khủng hoảng 988 Harbor City",
            "خط الأزمات 988 في هاربور سيتي",
        ),
        description=tr(
            "Talk or text with a trained crisis counselor about suicidal thoughts, overdose worries, panic or anything "
            "that feels too big right now. Counselors can send the mobile crisis team if you want someone in person.",
            "Hable o escriba con un consejero de crisis capacitado sobre pensamientos suicidas, miedo a una "
            "sobredosis, "
            "ataques de pánico o cualquier cosa que ahora le parezca demasiado. Los consejeros pueden enviar al equipo "
            "móvil de crisis si usted desea ayuda en persona.",
            "就自杀念头、担心用药过量、惊恐或任何此刻让您难以承受的事情，与受过培训的危机咨询员通话或发短信。"
            "如果您希望有人当面帮助，咨询员可以派出流动危机小组。",
            "Nói chuyện hoặc nhắn tin với tư vấn viên khủng hoảng được đào tạo về ý nghĩ tự tử, lo sợ quá liều, hoảng "
            "loạn hoặc bất cứ điều gì đang quá sức chịu đựng. Tư vấn viên có thể cử đội khủng hoảng lưu động nếu bạn "
            "muốn có người đến trực tiếp.",
            "تحدث أو راسل مستشار أزمات مدرَّباً بشأن الأفكار الانتحارية أو القلق من الجرعة الزائدة أو نوبات الهلع أو أي "
            "أمر يبدو أكبر من طاقتك الآن. يمكن للمستشارين إرسال فريق الأزمات المتنقل إذا أردت مساعدة شخصية.",
        ),
        application=CALL_ANY_TIME,
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-03",),
        phones=(
            Phone("988", ALL_FIVE, description="Call or text"),
            Phone("988", ("en", "es"), kind="text"),
            Phone("(562) 555-0100", ("en",), kind="tty"),
        ),
        languages=(*ALL_FIVE, "ko", "tl", "asl"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST,),
        flags=frozenset({"online"}),
        verified_days_ago=3,
    ),
    ServiceRecord(
        "harbor-svc-002",
        "harbor-org-01",
        ("crisis", "mobile-crisis"),
        name=tr(
            "Mobile Crisis Response Team",
            "Equipo Móvil de Respuesta a Crisis",
            "流动危机应对小组",
            "Đội Ứng phó Khủng hoảng Lưu động",
            "فريق الاستجابة المتنقل للأزمات",
        ),
        description=tr(
            "A clinician and a peer counselor come to you — at home, at school, on the street — to help calm a mental-"
            "health crisis without police, and connect you to follow-up care the next day.",
            "Un profesional clínico y un consejero par acuden a donde usted esté —su casa, la escuela, la calle— para "
            "calmar una crisis de salud mental sin policía, y le conectan con atención de seguimiento al día "
            "siguiente.",
            "一名临床医生和一名同伴咨询员会到您身边——家中、学校或街头——在没有警察的情况下帮助缓解心理健康危机，"
            "并在第二天为您安排后续护理。",
            "Một chuyên viên lâm sàng và một tư vấn viên đồng đẳng đến tận nơi bạn đang ở — tại nhà, trường học, "
            "ngoài đường — để giúp xoa dịu cơn khủng hoảng tâm thần mà không cần cảnh sát, và kết nối bạn với chăm "
            "sóc tiếp theo vào ngày hôm sau.",
            "يأتي إليك أخصائي سريري ومستشار من الأقران — في المنزل أو المدرسة أو الشارع — للمساعدة في تهدئة أزمة "
            "نفسية دون شرطة، ويربطانك برعاية المتابعة في اليوم التالي.",
        ),
        application=tr(
            "Call 988 and ask for the mobile team. The team usually arrives within 60 minutes.",
            "Llame al 988 y pida el equipo móvil. El equipo suele llegar en menos de 60 minutos.",
            "拨打 988 并要求派出流动小组。小组通常在 60 分钟内到达。",
            "Gọi 988 và yêu cầu đội lưu động. Đội thường đến trong vòng 60 phút.",
            "اتصل بالرقم 988 واطلب الفريق المتنقل. يصل الفريق عادةً خلال 60 دقيقة.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-01",),
        phones=(Phone("988", ALL_FIVE),),
        languages=("en", "es", "vi"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST,),
        verified_days_ago=6,
    ),
    ServiceRecord(
        "harbor-svc-003",
        "harbor-org-01",
        ("crisis",),
        name=tr(
            "Crisis Stabilization Unit",
            "Unidad de Estabilización de Crisis",
            "危机稳定中心",
            "Đơn vị Ổn định Khủng hoảng",
            "وحدة استقرار الأزمات",
        ),
        description=tr(
            "A calm, unlocked place to stay for up to 23 hours instead of the emergency room, with nurses, "
            "psychiatrists and peer staff. You can come on your own or be brought by the mobile team.",
            "Un lugar tranquilo y abierto donde puede quedarse hasta 23 horas en vez de ir a urgencias, con "
            "enfermeras, "
            "psiquiatras y personal de apoyo entre pares. Puede venir por su cuenta o con el equipo móvil.",
            "一个安静、不上锁的地方，可替代急诊室停留最多 23 小时，配有护士、精神科医生和同伴工作人员。"
            "您可以自行前来，也可以由流动小组送来。",
            "Một nơi yên tĩnh, không khóa cửa để ở lại tối đa 23 giờ thay vì phòng cấp cứu, có y tá, bác sĩ tâm thần "
            "và nhân viên đồng đẳng. Bạn có thể tự đến hoặc được đội lưu động đưa đến.",
            "مكان هادئ وغير مغلق للبقاء حتى 23 ساعة بدلاً من غرفة الطوارئ، مع ممرضين وأطباء نفسيين وموظفين من "
            "الأقران. يمكنك المجيء بنفسك أو مع الفريق المتنقل.",
        ),
        application=tr(
            "Walk in at any hour, or call ahead so staff can get ready for you.",
            "Venga a cualquier hora sin cita, o llame antes para que el personal le espere.",
            "任何时间都可直接前来，也可提前致电以便工作人员做好准备。",
            "Đến trực tiếp bất cứ giờ nào, hoặc gọi trước để nhân viên chuẩn bị đón bạn.",
            "احضر في أي ساعة، أو اتصل مسبقاً ليستعد الموظفون لاستقبالك.",
        ),
        eligibility=tr(
            "Adults 18 and over in a mental-health or substance-use crisis.",
            "Personas adultas de 18 años o más en una crisis de salud mental o por consumo de sustancias.",
            "处于心理健康或物质使用危机中的 18 岁及以上成年人。",
            "Người lớn từ 18 tuổi trở lên đang gặp khủng hoảng tâm thần hoặc do sử dụng chất.",
            "البالغون من عمر 18 عاماً فأكثر ممن يمرون بأزمة نفسية أو أزمة تعاطي مواد.",
        ),
        fees=tr(
            "No cost to you. Medi-Cal and private insurance are billed when you have them.",
            "Sin costo para usted. Se factura a Medi-Cal o a su seguro privado si los tiene.",
            "您无需付费。如您有 Medi-Cal 或私人保险，将向其收费。",
            "Bạn không phải trả tiền. Nếu có Medi-Cal hoặc bảo hiểm tư nhân, chúng tôi sẽ tính cho bảo hiểm.",
            "دون أي تكلفة عليك. يُحاسَب Medi-Cal أو التأمين الخاص إن وُجد.",
        ),
        locations=("harbor-loc-02",),
        phones=(Phone("(562) 555-0111", ("en", "es")),),
        languages=("en", "es", "zh-hans"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST, INSURANCE_COST),
        flags=frozenset({"walk_in", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=12,
    ),
    ServiceRecord(
        "harbor-svc-004",
        "harbor-org-12",
        ("crisis", "crisis-line"),
        name=tr(
            "TeenText Harbor",
            "TeenText Harbor: mensajes para jóvenes",
            "港城青少年短信热线",
            "TeenText Harbor - nhắn tin cho thanh thiếu niên",
            "خط الرسائل للمراهقين في هاربور",
        ),
        description=tr(
            "Text with trained teen volunteers, backed by counselors, about stress, bullying, self-harm or problems "
            "at home. Evenings, when most young people reach out.",
            "Escríbase con jóvenes voluntarios capacitados, respaldados por consejeras, sobre estrés, acoso escolar, "
            "autolesiones o problemas en casa. Por las tardes y noches, cuando más jóvenes buscan apoyo.",
            "与受过培训、由咨询师支持的青少年志愿者通过短信交流压力、霸凌、自伤或家庭问题。晚间开放，这是大多数年轻人求助的时间。",
            "Nhắn tin với tình nguyện viên tuổi teen được đào tạo, có tư vấn viên hỗ trợ, về căng thẳng, bắt nạt, tự "
            "làm hại bản thân hoặc chuyện ở nhà. Mở vào buổi tối, khi nhiều bạn trẻ cần nói chuyện nhất.",
            "راسل متطوعين مراهقين مدرَّبين، يساندهم مرشدون، بشأن التوتر أو التنمر أو إيذاء النفس أو مشكلات المنزل. "
            "في المساء، حين يطلب معظم الشباب المساعدة.",
        ),
        application=tr(
            "Text TALK to (562) 555-0144. In an emergency, call 988.",
            "Envíe HABLAR al (562) 555-0144. En una emergencia, llame al 988.",
            "发送 TALK 至 (562) 555-0144。紧急情况请拨打 988。",
            "Nhắn TALK đến (562) 555-0144. Trường hợp khẩn cấp, hãy gọi 988.",
            "أرسل TALK إلى ‎(562) 555-0144. في حالة الطوارئ اتصل بالرقم 988.",
        ),
        eligibility=YOUTH,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-18",),
        phones=(Phone("(562) 555-0144", ("en", "es"), kind="text"),),
        languages=("en", "es"),
        hours=days("16:00", "23:00", range(7)),
        costs=(FREE_COST,),
        flags=frozenset({"online"}),
        minimum_age=12,
        maximum_age=17,
        verified_days_ago=30,
    ),
    ServiceRecord(
        "harbor-svc-005",
        "harbor-org-11",
        ("crisis", "crisis-line", "individual-counseling"),
        name=tr(
            "Asian Language Helpline",
            "Línea de Ayuda en Idiomas Asiáticos",
            "亚洲语言援助热线",
            "Đường dây Trợ giúp bằng Tiếng Châu Á",
            "خط المساعدة باللغات الآسيوية",
        ),
        description=tr(
            "Emotional support and crisis counseling in Mandarin, Cantonese, Vietnamese, Korean and Tagalog, from "
            "counselors who understand family, immigration and the stigma around mental health.",
            "Apoyo emocional y consejería en crisis en mandarín, cantonés, vietnamita, coreano y tagalo, con "
            "consejeros "
            "que entienden la familia, la inmigración y el estigma de la salud mental.",
            "提供普通话、粤语、越南语、韩语和他加禄语的情绪支持和危机咨询，咨询员了解家庭、移民以及心理健康相关的污名问题。",
            "Hỗ trợ tinh thần và tư vấn khủng hoảng bằng tiếng Quan Thoại, Quảng Đông, Việt, Hàn và Tagalog, với tư "
            "vấn "
            "viên hiểu về gia đình, di trú và sự kỳ thị đối với sức khỏe tâm thần.",
            "دعم عاطفي وإرشاد في الأزمات بالماندرينية والكانتونية والفيتنامية والكورية والتاغالوغية، مع مرشدين "
            "يفهمون شؤون الأسرة والهجرة والوصمة المرتبطة بالصحة النفسية.",
        ),
        application=CALL_ANY_TIME,
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-16",),
        phones=(Phone("(562) 555-0188", ("zh-hans", "vi", "ko", "tl", "en")),),
        languages=("zh-hans", "vi", "ko", "tl", "en"),
        hours=days("09:00", "21:00", range(7)),
        costs=(FREE_COST,),
        verified_days_ago=18,
    ),
    ServiceRecord(
        "harbor-svc-006",
        "harbor-org-04",
        ("mobile-crisis", "harm-reduction"),
        name=tr(
            "Post-Overdose Outreach",
            "Acompañamiento después de una sobredosis",
            "用药过量后外展服务",
            "Tiếp cận sau Quá liều",
            "التواصل بعد الجرعة الزائدة",
        ),
        description=tr(
            "Within 72 hours of a non-fatal overdose, a peer outreach worker visits to bring naloxone, check in and "
            "offer a same-day start on treatment if you want it.",
            "En las 72 horas posteriores a una sobredosis no mortal, un trabajador de apoyo entre pares le visita para "
            "llevarle naloxona, ver cómo está y ofrecerle empezar tratamiento ese mismo día si lo desea.",
            "在非致命用药过量后的 72 小时内，同伴外展人员会上门送来纳洛酮、了解情况，"
            "并在您愿意时提供当天开始治疗的机会。",
            "Trong vòng 72 giờ sau một lần quá liều không tử vong, nhân viên tiếp cận đồng đẳng sẽ đến thăm, mang "
            "naloxone, hỏi han và đề nghị bắt đầu điều trị ngay trong ngày nếu bạn muốn.",
            "خلال 72 ساعة من جرعة زائدة غير قاتلة، يزورك عامل تواصل من الأقران ليحضر النالوكسون ويطمئن عليك ويعرض "
            "بدء العلاج في اليوم نفسه إن رغبت.",
        ),
        application=tr(
            "Hospitals and paramedics refer automatically; you or a friend can also call us.",
            "Los hospitales y paramédicos nos refieren a las personas; usted o una amistad también pueden llamarnos.",
            "医院和急救人员会自动转介；您或您的朋友也可以直接给我们打电话。",
            "Bệnh viện và nhân viên cấp cứu sẽ tự động giới thiệu; bạn hoặc bạn bè cũng có thể gọi cho chúng tôi.",
            "تحيل المستشفيات والمسعفون الحالات تلقائياً؛ ويمكنك أنت أو أحد أصدقائك الاتصال بنا أيضاً.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-07",),
        phones=(Phone("(562) 555-0166", ("en", "es")),),
        languages=("en", "es"),
        hours=days("08:00", "20:00", range(7)),
        costs=(FREE_COST,),
        verified_days_ago=9,
    ),
    ServiceRecord(
        "harbor-svc-045",
        "harbor-org-01",
        ("mobile-crisis", "case-management"),
        name=tr(
            "Street Outreach Team",
            "Equipo de Alcance en la Calle",
            "街头外展小组",
            "Đội Tiếp cận Đường phố",
            "فريق التواصل في الشوارع",
        ),
        description=tr(
            "Outreach workers and a nurse walk encampments, parks and the riverbed every day, check on people in "
            "distress and bring them to shelter, treatment or the crisis unit.",
            "Trabajadores de alcance y una enfermera recorren cada día campamentos, parques y el cauce del río, "
            "atienden a personas en crisis y las acompañan a un albergue, a tratamiento o a la unidad de crisis.",
            "外展人员和一名护士每天走访营地、公园和河床，关心处于困境中的人，并送他们前往庇护所、接受治疗或到危机中心。",
            "Nhân viên tiếp cận và một y tá đi đến các khu lều trại, công viên và lòng sông mỗi ngày, thăm hỏi người "
            "đang gặp khó khăn và đưa họ đến nơi trú ẩn, điều trị hoặc đơn vị khủng hoảng.",
            "يجول عاملو التواصل وممرضة يومياً في المخيمات والحدائق ومجرى النهر، ويطمئنون على من يمرون بضائقة "
            "ويرافقونهم إلى مأوى أو علاج أو وحدة الأزمات.",
        ),
        application=tr(
            "Call the outreach line to ask the team to check on someone, or stop them when you see the blue van.",
            "Llame a la línea de alcance para pedir que el equipo visite a alguien, o acérquese cuando vea la "
            "camioneta azul.",
            "请拨打外展热线，请小组去看望某人；或在看到蓝色面包车时直接上前求助。",
            "Gọi đường dây tiếp cận để nhờ đội đến thăm ai đó, hoặc gọi đội lại khi bạn thấy chiếc xe tải màu xanh.",
            "اتصل بخط التواصل لتطلب من الفريق الاطمئنان على شخص ما، أو استوقفهم حين ترى العربة الزرقاء.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-01",),
        phones=(Phone("(562) 555-0115", ("en", "es")),),
        languages=("en", "es", "vi"),
        hours=days("07:00", "19:00", range(7)),
        costs=(FREE_COST,),
        verified_days_ago=11,
    ),
]
