"""Harbor City: counseling and therapy, one-to-one, in groups and online."""

from directory.demo.common import (
    ADULTS,
    CALL_FOR_APPOINTMENT,
    CHRISTMAS,
    FAMILIES,
    FREE,
    FREE_COST,
    INSURANCE_COST,
    JUST_COME,
    REFERRAL,
    SLIDING_COST,
    SLIDING_SCALE,
    THANKSGIVING,
    YOUTH,
)
from directory.demo.records import Phone, ServiceRecord, days, tr

SERVICES = [
    ServiceRecord(
        "harbor-svc-007",
        "harbor-org-02",
        ("counseling", "individual-counseling"),
        name=tr(
            "Outpatient Therapy for Adults",
            "Terapia ambulatoria para adultos",
            "成人门诊心理治疗",
            "Trị liệu Ngoại trú cho Người lớn",
            "العلاج النفسي الخارجي للبالغين",
        ),
        description=tr(
            "Weekly one-to-one therapy for depression, anxiety, trauma and substance use, with licensed therapists "
            "who can also coordinate with your primary-care doctor.",
            "Terapia individual semanal para la depresión, la ansiedad, el trauma y el consumo de sustancias, con "
            "terapeutas con licencia que también coordinan con su médico de cabecera.",
            "每周一对一心理治疗，针对抑郁、焦虑、创伤和物质使用，由持证治疗师提供，并可与您的家庭医生协调。",
            "Trị liệu cá nhân hằng tuần cho trầm cảm, lo âu, sang chấn và sử dụng chất, với nhà trị liệu có giấy phép, "
            "có thể phối hợp với bác sĩ gia đình của bạn.",
            "جلسات علاج فردية أسبوعية للاكتئاب والقلق والصدمات وتعاطي المواد، مع معالجين مرخَّصين يمكنهم التنسيق مع "
            "طبيبك العام.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=ADULTS,
        fees=SLIDING_SCALE,
        locations=("harbor-loc-04", "harbor-loc-05"),
        phones=(Phone("(562) 555-0200", ("en", "es", "vi")),),
        languages=("en", "es", "vi"),
        # A split day: the clinic closes for lunch on Mondays and Thursdays.
        hours=[
            (0, "08:00", "12:00"),
            (0, "13:00", "17:00"),
            (1, "08:00", "19:00"),
            (2, "08:00", "19:00"),
            (3, "08:00", "12:00"),
            (3, "13:00", "17:00"),
            (4, "08:00", "16:00"),
        ],
        closures=(THANKSGIVING, CHRISTMAS),
        costs=(SLIDING_COST, INSURANCE_COST),
        flags=frozenset({"appointment_by_phone", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=15,
    ),
    ServiceRecord(
        "harbor-svc-008",
        "harbor-org-02",
        ("counseling", "group-counseling"),
        name=tr(
            "Evening Recovery Groups",
            "Grupos de recuperación por la noche",
            "晚间康复小组",
            "Nhóm Phục hồi Buổi tối",
            "مجموعات التعافي المسائية",
        ),
        description=tr(
            "Therapist-led groups after work hours on relapse prevention, coping skills and rebuilding relationships.",
            "Grupos guiados por terapeutas después del trabajo sobre prevención de recaídas, habilidades para "
            "afrontar el estrés y reconstruir relaciones.",
            "下班后由治疗师带领的小组，内容包括预防复发、应对技巧和重建人际关系。",
            "Các nhóm do nhà trị liệu hướng dẫn sau giờ làm về phòng ngừa tái nghiện, kỹ năng ứng phó và xây dựng lại "
            "các mối quan hệ.",
            "مجموعات يقودها معالجون بعد ساعات العمل حول الوقاية من الانتكاس ومهارات التأقلم وإعادة بناء العلاقات.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=ADULTS,
        fees=SLIDING_SCALE,
        locations=("harbor-loc-04",),
        phones=(Phone("(562) 555-0200", ("en", "es")),),
        languages=("en", "es"),
        hours=[(0, "18:00", "19:30"), (2, "18:00", "19:30"), (3, "18:30", "20:00")],
        costs=(SLIDING_COST, INSURANCE_COST),
        flags=frozenset({"appointment_by_phone", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=25,
    ),
    ServiceRecord(
        "harbor-svc-009",
        "harbor-org-11",
        ("counseling", "individual-counseling", "family-support"),
        name=tr(
            "Counseling in Chinese and Vietnamese",
            "Consejería en chino y vietnamita",
            "中文和越南语心理咨询",
            "Tư vấn bằng tiếng Hoa và tiếng Việt",
            "الإرشاد النفسي بالصينية والفيتنامية",
        ),
        description=tr(
            "Individual and family counseling from bilingual counselors, including help for older adults and for "
            "parents worried about a child's drug use.",
            "Consejería individual y familiar con consejeros bilingües, incluida ayuda para personas mayores y para "
            "padres preocupados por el consumo de drogas de un hijo.",
            "由双语咨询师提供个人和家庭心理咨询，包括为老年人以及担心孩子吸毒的父母提供帮助。",
            "Tư vấn cá nhân và gia đình với tư vấn viên song ngữ, bao gồm hỗ trợ cho người cao tuổi và cha mẹ lo lắng "
            "về việc con sử dụng ma túy.",
            "إرشاد فردي وأسري مع مرشدين ثنائيي اللغة، بما في ذلك مساعدة كبار السن والآباء القلقين من تعاطي أبنائهم "
            "للمخدرات.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=tr(
            "Anyone who prefers counseling in Chinese or Vietnamese, of any age.",
            "Cualquier persona, de cualquier edad, que prefiera recibir consejería en chino o vietnamita.",
            "任何希望用中文或越南语接受咨询的人，不限年龄。",
            "Bất kỳ ai, ở mọi lứa tuổi, muốn được tư vấn bằng tiếng Hoa hoặc tiếng Việt.",
            "كل من يفضّل الإرشاد بالصينية أو الفيتنامية، من أي عمر.",
        ),
        fees=SLIDING_SCALE,
        locations=("harbor-loc-16",),
        phones=(Phone("(562) 555-0188", ("zh-hans", "vi", "en")),),
        languages=("zh-hans", "vi", "en"),
        hours=days("09:00", "18:00") + [(5, "10:00", "14:00")],
        closures=(CHRISTMAS,),
        costs=(SLIDING_COST, INSURANCE_COST),
        flags=frozenset({"appointment_by_phone", "insurance_accepted"}),
        verified_days_ago=40,
    ),
    ServiceRecord(
        "harbor-svc-010",
        "harbor-org-12",
        ("counseling", "individual-counseling"),
        name=tr(
            "Teen Counseling",
            "Consejería para adolescentes",
            "青少年心理咨询",
            "Tư vấn cho Thanh thiếu niên",
            "الإرشاد النفسي للمراهقين",
        ),
        description=tr(
            "Short-term counseling for teens dealing with anxiety, vaping, alcohol or cannabis, grief or pressure at "
            "school. Teens 12 and over can consent to counseling on their own.",
            "Consejería breve para adolescentes que enfrentan ansiedad, vapeo, alcohol o cannabis, duelo o presión "
            "escolar. Desde los 12 años pueden aceptar la consejería por sí mismos.",
            "为面临焦虑、电子烟、酒精或大麻、丧亲之痛或学业压力的青少年提供短期咨询。12 "
            "岁及以上青少年可自行同意接受咨询。",
            "Tư vấn ngắn hạn cho thanh thiếu niên gặp lo âu, hút thuốc lá điện tử, rượu hoặc cần sa, mất mát hay áp "
            "lực học tập. Từ 12 tuổi trở lên có thể tự đồng ý tham gia tư vấn.",
            "إرشاد قصير المدى للمراهقين الذين يواجهون القلق أو التدخين الإلكتروني أو الكحول أو القنب أو الفقد أو ضغوط "
            "الدراسة. يمكن لمن بلغ 12 عاماً الموافقة على الإرشاد بنفسه.",
        ),
        application=tr(
            "Call, or ask your school counselor to refer you. After-school appointments available.",
            "Llame, o pida a la consejera de su escuela que le refiera. Hay citas después de clases.",
            "请致电，或请学校辅导员为你转介。可预约放学后的时间。",
            "Hãy gọi điện, hoặc nhờ tư vấn viên ở trường giới thiệu. Có lịch hẹn sau giờ học.",
            "اتصل، أو اطلب من مرشد مدرستك إحالتك. تتوفر مواعيد بعد المدرسة.",
        ),
        eligibility=YOUTH,
        fees=FREE,
        locations=("harbor-loc-18",),
        phones=(Phone("(562) 555-0140", ("en", "es")),),
        languages=("en", "es", "ar"),
        hours=days("12:00", "19:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=12,
        maximum_age=17,
        verified_days_ago=21,
    ),
    ServiceRecord(
        "harbor-svc-011",
        "harbor-org-11",
        ("counseling", "individual-counseling"),
        name=tr(
            "Video Counseling",
            "Consejería por video",
            "视频心理咨询",
            "Tư vấn qua Video",
            "الإرشاد النفسي عبر الفيديو",
        ),
        description=tr(
            "Secure video sessions with a counselor from home, for people who work long hours, care for family or "
            "cannot travel.",
            "Sesiones seguras por video con un consejero desde su casa, para quienes trabajan muchas horas, cuidan a "
            "familiares o no pueden desplazarse.",
            "在家中通过安全视频与咨询师会谈，适合工作时间长、需要照顾家人或无法出行的人。",
            "Các buổi tư vấn qua video an toàn tại nhà, dành cho người làm việc nhiều giờ, chăm sóc gia đình hoặc "
            "không thể đi lại.",
            "جلسات فيديو آمنة مع مرشد من المنزل، لمن يعملون ساعات طويلة أو يعتنون بأفراد الأسرة أو لا يستطيعون التنقل.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=ADULTS,
        fees=SLIDING_SCALE,
        locations=("harbor-loc-17",),
        phones=(Phone("(562) 555-0189", ("en", "zh-hans", "vi", "ko")),),
        languages=("en", "zh-hans", "vi", "ko", "tl"),
        hours=days("08:00", "20:00"),
        costs=(SLIDING_COST, INSURANCE_COST),
        flags=frozenset({"online", "appointment_by_phone", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=11,
    ),
    ServiceRecord(
        "harbor-svc-012",
        "harbor-org-05",
        ("counseling", "group-counseling"),
        name=tr(
            "Healing Together Support Group",
            "Grupo de apoyo Sanando Juntas",
            "共同疗愈支持小组",
            "Nhóm Hỗ trợ Cùng nhau Chữa lành",
            "مجموعة دعم نتعافى معاً",
        ),
        description=tr(
            "A weekly group for survivors of domestic violence, led by a trauma counselor. Childcare is provided "
            "in the next room.",
            "Un grupo semanal para sobrevivientes de violencia doméstica, guiado por una consejera en trauma. Se "
            "ofrece cuidado de niños en la sala de al lado.",
            "每周一次的家庭暴力幸存者小组，由创伤咨询师带领。隔壁房间提供儿童看护。",
            "Nhóm hằng tuần dành cho người sống sót sau bạo lực gia đình, do tư vấn viên chuyên về sang chấn hướng "
            "dẫn. Có người trông trẻ ở phòng bên cạnh.",
            "مجموعة أسبوعية للناجيات من العنف الأسري، تقودها مرشدة متخصصة في الصدمات. تتوفر رعاية للأطفال في الغرفة "
            "المجاورة.",
        ),
        application=tr(
            "Call the outreach office for a short, private chat before your first group.",
            "Llame a la oficina de atención para una breve conversación privada antes de su primer grupo.",
            "参加第一次小组活动前，请致电外展办公室进行简短的私下交谈。",
            "Hãy gọi văn phòng tiếp cận để trò chuyện riêng ngắn gọn trước buổi nhóm đầu tiên.",
            "اتصل بمكتب التواصل لمحادثة قصيرة خاصة قبل أول جلسة جماعية.",
        ),
        eligibility=tr(
            "Adults who have experienced abuse from a partner or family member.",
            "Personas adultas que han sufrido maltrato por parte de su pareja o de un familiar.",
            "曾遭受伴侣或家庭成员虐待的成年人。",
            "Người lớn từng bị bạn đời hoặc người thân trong gia đình bạo hành.",
            "البالغون الذين تعرضوا للإساءة من شريك أو أحد أفراد الأسرة.",
        ),
        fees=FREE,
        locations=("harbor-loc-09",),
        phones=(Phone("(562) 555-0150", ("en", "es", "ar")),),
        languages=("en", "es", "ar"),
        hours=[(1, "18:00", "19:30")],
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        verified_days_ago=35,
    ),
    ServiceRecord(
        "harbor-svc-013",
        "harbor-org-10",
        ("counseling", "group-counseling", "family-support"),
        name=tr(
            "Saturday Grief Circle",
            "Círculo de duelo de los sábados",
            "周六哀伤互助圈",
            "Vòng tròn Chia buồn Thứ Bảy",
            "حلقة الحزن يوم السبت",
        ),
        description=tr(
            "A circle for people who lost someone to overdose or suicide. This group has ended; see Family Circle's "
            "other groups.",
            "Un círculo para quienes perdieron a alguien por sobredosis o suicidio. Este grupo terminó; consulte los "
            "otros grupos del Círculo Familiar.",
            "为因用药过量或自杀失去亲人的人设立的互助圈。该小组已结束；请查看家庭互助圈的其他小组。",
            "Vòng tròn dành cho người mất người thân vì quá liều hoặc tự tử. Nhóm này đã kết thúc; hãy xem các nhóm "
            "khác của Vòng tay Gia đình.",
            "حلقة لمن فقدوا شخصاً بسبب جرعة زائدة أو انتحار. انتهت هذه المجموعة؛ اطلع على مجموعات دائرة العائلة الأخرى.",
        ),
        application=JUST_COME,
        eligibility=FAMILIES,
        fees=FREE,
        locations=("harbor-loc-15",),
        languages=("en",),
        hours=[(5, "10:00", "11:30")],
        costs=(FREE_COST,),
        status="inactive",
        verified_days_ago=300,
    ),
    ServiceRecord(
        "harbor-svc-014",
        "harbor-org-02",
        ("counseling", "group-counseling", "medication-treatment"),
        name=tr(
            "Intensive Outpatient Program",
            "Programa ambulatorio intensivo",
            "强化门诊项目",
            "Chương trình Ngoại trú Chuyên sâu",
            "برنامج العلاج الخارجي المكثف",
        ),
        description=tr(
            "Three mornings a week of group therapy, individual sessions and medication management for people with "
            "both mental-health and substance-use needs.",
            "Tres mañanas por semana de terapia grupal, sesiones individuales y manejo de medicamentos para personas "
            "con necesidades de salud mental y de consumo de sustancias a la vez.",
            "每周三个上午的团体治疗、个人会谈和药物管理，面向同时有心理健康和物质使用需求的人。",
            "Ba buổi sáng mỗi tuần gồm trị liệu nhóm, buổi gặp cá nhân và quản lý thuốc cho người vừa có nhu cầu sức "
            "khỏe tâm thần vừa có vấn đề sử dụng chất.",
            "ثلاثة صباحات أسبوعياً من العلاج الجماعي والجلسات الفردية وإدارة الأدوية لمن لديهم احتياجات نفسية ومرتبطة "
            "بتعاطي المواد معاً.",
        ),
        application=REFERRAL,
        eligibility=ADULTS,
        fees=SLIDING_SCALE,
        locations=("harbor-loc-04",),
        phones=(Phone("(562) 555-0205", ("en", "es")),),
        languages=("en", "es"),
        hours=[(0, "09:00", "12:00"), (2, "09:00", "12:00"), (4, "09:00", "12:00")],
        costs=(INSURANCE_COST, SLIDING_COST),
        flags=frozenset({"referral_required", "insurance_accepted", "medication_for_addiction_treatment"}),
        minimum_age=18,
        verified_days_ago=50,
    ),
]
