"""Harbor City: legal help, employment, childcare and family support."""

from directory.demo.common import (
    ADULTS,
    CALL_FOR_APPOINTMENT,
    FAMILIES,
    FREE,
    FREE_COST,
    IN_RECOVERY,
    JUST_COME,
    REFERRAL,
    WALK_IN,
)
from directory.demo.records import Phone, ServiceRecord, days, tr

LOW_INCOME = tr(
    "Residents with household income under 200% of the federal poverty level.",
    "Residentes con ingresos familiares por debajo del 200 % del nivel federal de pobreza.",
    "家庭收入低于联邦贫困线 200% 的居民。",
    "Cư dân có thu nhập hộ gia đình dưới 200% mức nghèo liên bang.",
    "السكان الذين يقل دخل أسرهم عن 200% من خط الفقر الفيدرالي.",
)

SERVICES = [
    ServiceRecord(
        "harbor-svc-037",
        "harbor-org-08",
        ("legal",),
        name=tr(
            "Record Clearance Clinic",
            "Clínica para limpiar antecedentes penales",
            "犯罪记录清除诊所",
            "Phòng khám Xóa Án tích",
            "عيادة محو السجل الجنائي",
        ),
        description=tr(
            "Lawyers help you clear old convictions, reduce felonies and fix your record so it stops blocking jobs "
            "and housing.",
            "Abogados le ayudan a borrar condenas antiguas, reducir delitos graves y corregir sus antecedentes para "
            "que dejen de impedirle conseguir empleo y vivienda.",
            "律师帮助您清除旧的定罪记录、将重罪降级并更正记录，使其不再妨碍您求职和租房。",
            "Luật sư giúp bạn xóa các bản án cũ, giảm nhẹ trọng tội và sửa hồ sơ để không còn cản trở việc làm và nhà "
            "ở.",
            "يساعدك محامون على محو الإدانات القديمة وتخفيف الجنايات وتصحيح سجلك حتى لا يعيق حصولك على عمل أو سكن.",
        ),
        application=tr(
            "Come to the monthly clinic (first Saturday) or call to book a time.",
            "Venga a la clínica mensual (el primer sábado) o llame para reservar una hora.",
            "参加每月一次的法律诊所（每月第一个周六），或致电预约时间。",
            "Đến phòng khám hằng tháng (thứ Bảy đầu tiên) hoặc gọi để đặt lịch.",
            "احضر العيادة الشهرية (أول سبت من الشهر) أو اتصل لحجز موعد.",
        ),
        eligibility=LOW_INCOME,
        fees=FREE,
        locations=("harbor-loc-13",),
        phones=(Phone("(562) 555-0600", ("en", "es", "vi")),),
        languages=("en", "es", "vi"),
        hours=days("09:00", "17:00") + [(5, "09:00", "13:00")],
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone", "walk_in"}),
        minimum_age=18,
        verified_days_ago=28,
    ),
    ServiceRecord(
        "harbor-svc-038",
        "harbor-org-08",
        ("legal", "housing"),
        name=tr(
            "Eviction Defense and Tenant Rights",
            "Defensa contra desalojos y derechos de inquilinos",
            "驱逐辩护和租户权益",
            "Bảo vệ khỏi Bị Đuổi nhà và Quyền của Người thuê",
            "الدفاع ضد الإخلاء وحقوق المستأجرين",
        ),
        description=tr(
            "If you got an eviction notice, call right away: a lawyer can answer the court papers, negotiate with "
            "your landlord and protect people in recovery residences from discrimination.",
            "Si recibió un aviso de desalojo, llame de inmediato: una abogada puede responder a los papeles del "
            "tribunal, negociar con el propietario y proteger de la discriminación a quienes viven en residencias "
            "de recuperación.",
            "如果您收到驱逐通知，请立即致电：律师可以答复法庭文件、与房东协商，并保护康复之家的住户免受歧视。",
            "Nếu bạn nhận được thông báo đuổi nhà, hãy gọi ngay: luật sư có thể trả lời giấy tờ tòa án, thương lượng "
            "với chủ nhà và bảo vệ người ở nhà phục hồi khỏi bị phân biệt đối xử.",
            "إذا تلقيت إشعار إخلاء فاتصل فوراً: يمكن لمحامٍ الرد على أوراق المحكمة والتفاوض مع المالك وحماية سكان "
            "مساكن التعافي من التمييز.",
        ),
        application=tr(
            "Call the intake line; you have only five court days to respond to an eviction lawsuit.",
            "Llame a la línea de admisión; solo tiene cinco días hábiles del tribunal para responder a una demanda de "
            "desalojo.",
            "请拨打受理热线；您只有五个法庭工作日来答复驱逐诉讼。",
            "Hãy gọi đường dây tiếp nhận; bạn chỉ có năm ngày làm việc của tòa để trả lời đơn kiện đuổi nhà.",
            "اتصل بخط الاستقبال؛ لديك خمسة أيام عمل قضائية فقط للرد على دعوى الإخلاء.",
        ),
        eligibility=LOW_INCOME,
        fees=FREE,
        locations=("harbor-loc-13",),
        phones=(Phone("(562) 555-0601", ("en", "es", "zh-hans")),),
        languages=("en", "es", "zh-hans"),
        hours=days("09:00", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        verified_days_ago=31,
    ),
    ServiceRecord(
        "harbor-svc-039",
        "harbor-org-03",
        ("employment", "peer-support"),
        name=tr(
            "Recovery to Work",
            "De la recuperación al empleo",
            "康复再就业",
            "Từ Phục hồi đến Việc làm",
            "من التعافي إلى العمل",
        ),
        description=tr(
            "A six-week evening course on résumés, interviews and talking about gaps in your work history, followed by "
            "introductions to recovery-friendly employers.",
            "Un curso vespertino de seis semanas sobre currículums, entrevistas y cómo hablar de los huecos en su "
            "historial laboral, seguido de contactos con empleadores que apoyan la recuperación.",
            "为期六周的晚间课程，内容包括简历、面试以及如何谈论工作经历中的空白期，之后介绍给支持康复的雇主。",
            "Khóa học buổi tối sáu tuần về sơ yếu lý lịch, phỏng vấn và cách nói về khoảng trống trong quá trình làm "
            "việc, sau đó giới thiệu với các nhà tuyển dụng ủng hộ người phục hồi.",
            "دورة مسائية لمدة ستة أسابيع حول السيرة الذاتية والمقابلات والحديث عن الفجوات في تاريخك المهني، يليها "
            "تعريفك بأصحاب عمل داعمين للتعافي.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("harbor-loc-06",),
        phones=(Phone("(562) 555-0302", ("en", "es")),),
        languages=("en", "es"),
        hours=[(1, "18:00", "20:00"), (3, "18:00", "20:00")],
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        verified_days_ago=190,
    ),
    ServiceRecord(
        "harbor-svc-040",
        "harbor-org-01",
        ("employment", "case-management"),
        name=tr(
            "Supported Employment (IPS)",
            "Empleo con apoyo (IPS)",
            "支持性就业（IPS）",
            "Việc làm Có Hỗ trợ (IPS)",
            "التوظيف المدعوم (IPS)",
        ),
        description=tr(
            "An employment specialist helps you find a regular job that fits your goals and keeps supporting you "
            "after you start, alongside your mental-health team.",
            "Un especialista en empleo le ayuda a encontrar un trabajo regular acorde con sus metas y le sigue "
            "apoyando después de empezar, junto con su equipo de salud mental.",
            "就业专员帮助您找到符合目标的正式工作，并在您入职后与您的心理健康团队一起继续支持您。",
            "Chuyên viên việc làm giúp bạn tìm công việc phù hợp với mục tiêu và tiếp tục hỗ trợ sau khi bạn bắt đầu, "
            "cùng với nhóm chăm sóc sức khỏe tâm thần của bạn.",
            "يساعدك أخصائي توظيف على إيجاد عمل منتظم يناسب أهدافك ويواصل دعمك بعد أن تبدأ، إلى جانب فريق صحتك النفسية.",
        ),
        application=REFERRAL,
        eligibility=ADULTS,
        fees=FREE,
        locations=("harbor-loc-01",),
        phones=(Phone("(562) 555-0131", ("en", "es")),),
        languages=("en", "es", "vi"),
        hours=days("08:30", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"referral_required"}),
        minimum_age=18,
        verified_days_ago=44,
    ),
    ServiceRecord(
        "harbor-svc-041",
        "harbor-org-12",
        ("childcare", "family-support"),
        name=tr(
            "Childcare During Appointments",
            "Cuidado de niños durante sus citas",
            "就诊期间托儿服务",
            "Giữ trẻ trong Giờ Hẹn",
            "رعاية الأطفال أثناء المواعيد",
        ),
        description=tr(
            "Drop-in childcare for children aged 6 months to 12 years while parents attend counseling, medical or "
            "court appointments nearby.",
            "Cuidado infantil sin cita para niños de 6 meses a 12 años mientras sus padres asisten a consejería, "
            "citas médicas o audiencias cercanas.",
            "家长参加附近的心理咨询、医疗或法庭预约时，为 6 个月至 12 岁的儿童提供临时托儿服务。",
            "Giữ trẻ không cần hẹn cho trẻ từ 6 tháng đến 12 tuổi trong khi cha mẹ đi tư vấn, khám bệnh hoặc ra tòa "
            "gần đó.",
            "رعاية أطفال دون موعد للأطفال من 6 أشهر إلى 12 عاماً بينما يحضر الوالدان جلسات إرشاد أو مواعيد طبية أو "
            "قضائية قريبة.",
        ),
        application=tr(
            "Book by phone the day before if you can; drop-ins are accepted when there is space.",
            "Reserve por teléfono el día anterior si puede; se aceptan niños sin reserva si hay espacio.",
            "如可能请提前一天电话预约；有空位时也接受临时托管。",
            "Nếu được, hãy đặt chỗ qua điện thoại một ngày trước; nhận trẻ không hẹn trước khi còn chỗ.",
            "احجز هاتفياً قبل يوم إن أمكن؛ ويُقبل الحضور دون حجز عند توفر مكان.",
        ),
        eligibility=tr(
            "Parents and caregivers in Harbor City; children 6 months to 12 years.",
            "Madres, padres y cuidadores de Harbor City; niños de 6 meses a 12 años.",
            "港城的父母和照顾者；儿童年龄为 6 个月至 12 岁。",
            "Cha mẹ và người chăm sóc ở Harbor City; trẻ từ 6 tháng đến 12 tuổi.",
            "الآباء ومقدمو الرعاية في هاربور سيتي؛ الأطفال من 6 أشهر إلى 12 عاماً.",
        ),
        fees=FREE,
        locations=("harbor-loc-18",),
        phones=(Phone("(562) 555-0142", ("en", "es", "ar")),),
        languages=("en", "es", "ar"),
        hours=days("08:00", "18:00"),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in", "appointment_by_phone"}),
        maximum_age=12,
        verified_days_ago=17,
    ),
    ServiceRecord(
        "harbor-svc-042",
        "harbor-org-10",
        ("family-support", "group-counseling"),
        name=tr(
            "Family Support Groups",
            "Grupos de apoyo para familias",
            "家庭支持小组",
            "Nhóm Hỗ trợ Gia đình",
            "مجموعات دعم الأسرة",
        ),
        description=tr(
            "Evening groups where families share what helps, learn about addiction and mental illness, and take care "
            "of themselves too. A Spanish-speaking group meets on Thursdays.",
            "Grupos por la noche donde las familias comparten lo que les ayuda, aprenden sobre la adicción y las "
            "enfermedades mentales y también se cuidan a sí mismas. Los jueves se reúne un grupo en español.",
            "晚间小组，家属们分享有帮助的经验，了解成瘾和精神疾病，也学会照顾自己。每周四有西班牙语小组。",
            "Các nhóm buổi tối nơi gia đình chia sẻ điều hữu ích, tìm hiểu về nghiện và bệnh tâm thần, và cũng chăm "
            "sóc bản thân. Nhóm nói tiếng Tây Ban Nha họp vào thứ Năm.",
            "مجموعات مسائية تتبادل فيها العائلات ما يفيدها، وتتعلم عن الإدمان والأمراض النفسية، وتعتني بنفسها أيضاً. "
            "تجتمع مجموعة ناطقة بالإسبانية أيام الخميس.",
        ),
        application=JUST_COME,
        eligibility=FAMILIES,
        fees=FREE,
        locations=("harbor-loc-15",),
        phones=(Phone("(562) 555-0700", ("en", "es")),),
        languages=("en", "es"),
        hours=[(1, "19:00", "20:30"), (3, "19:00", "20:30")],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=24,
    ),
    ServiceRecord(
        "harbor-svc-043",
        "harbor-org-10",
        ("family-support",),
        name=tr(
            "Family-to-Family Class",
            "Curso De Familia a Familia",
            "家庭互助课程",
            "Lớp học Gia đình với Gia đình",
            "دورة من عائلة إلى عائلة",
        ),
        description=tr(
            "An eight-week class taught by trained family members on mental-health conditions, treatment, "
            "communication and crisis planning.",
            "Un curso de ocho semanas impartido por familiares capacitados sobre trastornos de salud mental, "
            "tratamientos, comunicación y planificación ante crisis.",
            "为期八周的课程，由受过培训的家属讲授心理健康状况、治疗、沟通和危机规划。",
            "Lớp học tám tuần do các thành viên gia đình được đào tạo giảng dạy về các bệnh tâm thần, điều trị, giao "
            "tiếp và lập kế hoạch khủng hoảng.",
            "دورة مدتها ثمانية أسابيع يقدمها أفراد أسر مدرَّبون حول الاضطرابات النفسية والعلاج والتواصل والتخطيط "
            "للأزمات.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=FAMILIES,
        fees=FREE,
        locations=("harbor-loc-15",),
        phones=(Phone("(562) 555-0700", ("en", "zh-hans")),),
        languages=("en", "zh-hans"),
        hours=[(5, "10:00", "12:30")],
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        verified_days_ago=55,
    ),
    ServiceRecord(
        "harbor-svc-044",
        "harbor-org-12",
        ("family-support", "individual-counseling"),
        name=tr(
            "Parent Coaching for Families of Teens",
            "Orientación para padres de adolescentes",
            "青少年家长辅导",
            "Hướng dẫn cho Cha mẹ có Con Tuổi teen",
            "توجيه الآباء لأسر المراهقين",
        ),
        description=tr(
            "One-to-one coaching for parents worried about a teen's drinking, drug use or mood, using the CRAFT "
            "approach to stay connected and encourage treatment.",
            "Orientación individual para padres preocupados por el consumo de alcohol o drogas o el estado de ánimo "
            "de su hijo adolescente, con el enfoque CRAFT para mantener el vínculo y animarlo a tratarse.",
            "为担心青少年饮酒、吸毒或情绪问题的家长提供一对一辅导，采用 CRAFT 方法保持亲子联系并鼓励接受治疗。",
            "Hướng dẫn cá nhân cho cha mẹ lo lắng về việc con tuổi teen uống rượu, dùng ma túy hoặc tâm trạng, theo "
            "phương pháp CRAFT để giữ gắn kết và khuyến khích con điều trị.",
            "توجيه فردي للآباء القلقين من شرب ابنهم المراهق أو تعاطيه المخدرات أو حالته المزاجية، باستخدام نهج CRAFT "
            "للحفاظ على التواصل وتشجيعه على العلاج.",
        ),
        application=WALK_IN,
        eligibility=FAMILIES,
        fees=FREE,
        locations=("harbor-loc-18",),
        phones=(Phone("(562) 555-0141", ("en", "es")),),
        languages=("en", "es"),
        hours=days("15:00", "19:00", (0, 2)),
        costs=(FREE_COST,),
        verified_days_ago=38,
    ),
]
