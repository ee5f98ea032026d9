"""Riverside County: legal help, employment, childcare and family support."""

from directory.demo.common import (
    ADULTS,
    CALL_FOR_APPOINTMENT,
    FAMILIES,
    FREE,
    FREE_COST,
    IN_RECOVERY,
    JUST_COME,
    WALK_IN,
    YOUTH,
)
from directory.demo.records import Phone, ServiceRecord, days, tr

LOW_INCOME = tr(
    "County residents with income under 200% of the federal poverty level.",
    "Residentes del condado con ingresos menores al 200 % del nivel federal de pobreza.",
    "收入低于联邦贫困线 200% 的本县居民。",
    "Cư dân trong quận có thu nhập dưới 200% mức nghèo liên bang.",
    "سكان المقاطعة الذين يقل دخلهم عن 200% من خط الفقر الفيدرالي.",
)

SERVICES = [
    ServiceRecord(
        "riverside-svc-036",
        "riverside-org-08",
        ("legal", "family-support"),
        name=tr(
            "Family and Immigration Legal Clinic",
            "Clínica legal de familia e inmigración",
            "家庭与移民法律诊所",
            "Phòng khám Pháp lý về Gia đình và Di trú",
            "العيادة القانونية للأسرة والهجرة",
        ),
        description=tr(
            "Lawyers help with custody, divorce, protective orders, U and T visas and other immigration relief for "
            "survivors of crime. Consultations are confidential.",
            "Abogadas y abogados le ayudan con custodia, divorcio, órdenes de protección, visas U y T y otros "
            "trámites migratorios para víctimas de delitos. Las consultas son confidenciales.",
            "律师协助处理监护权、离婚、保护令、U 签证和 T 签证以及犯罪受害者的其他移民救济。咨询内容保密。",
            "Luật sư hỗ trợ về quyền nuôi con, ly hôn, lệnh bảo vệ, thị thực U và T và các biện pháp di trú khác cho "
            "nạn "
            "nhân tội phạm. Tư vấn được bảo mật.",
            "يساعد محامون في الحضانة والطلاق وأوامر الحماية وتأشيرات U وT وغيرها من سبل الإغاثة المتعلقة بالهجرة "
            "لضحايا "
            "الجرائم. الاستشارات سرية.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=LOW_INCOME,
        fees=FREE,
        locations=("riverside-loc-14",),
        phones=(Phone("(512) 555-0600", ("es", "en")),),
        languages=("es", "en", "vi"),
        hours=days("08:30", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        verified_days_ago=20,
    ),
    ServiceRecord(
        "riverside-svc-037",
        "riverside-org-08",
        ("legal",),
        name=tr(
            "Clean Slate: Records and Driver's Licenses",
            "Borrón y cuenta nueva: antecedentes y licencias de manejo",
            "重新开始：犯罪记录与驾照",
            "Làm lại từ đầu: Hồ sơ Tư pháp và Bằng lái xe",
            "صفحة جديدة: السجلات ورخص القيادة",
        ),
        description=tr(
            "Help sealing or erasing old arrests and convictions, and getting a suspended driver's license back so "
            "you can work and get to treatment.",
            "Ayuda para sellar o borrar arrestos y condenas antiguas, y para recuperar una licencia de manejo "
            "suspendida para que pueda trabajar y llegar a su tratamiento.",
            "协助封存或清除旧的逮捕和定罪记录，并恢复被吊销的驾照，让您能够工作和前往治疗。",
            "Hỗ trợ niêm phong hoặc xóa các vụ bắt giữ và bản án cũ, và lấy lại bằng lái bị đình chỉ để bạn có thể đi "
            "làm và đi điều trị.",
            "مساعدة في ختم أو محو سجلات الاعتقال والإدانات القديمة، واستعادة رخصة القيادة الموقوفة لتتمكن من العمل "
            "والوصول إلى العلاج.",
        ),
        application=tr(
            "Come to the Tuesday walk-in hours with any court papers you have.",
            "Venga los martes en el horario sin cita con los papeles del tribunal que tenga.",
            "请在周二免预约时段携带您现有的法庭文件前来。",
            "Đến vào giờ không cần hẹn ngày thứ Ba, mang theo mọi giấy tờ tòa án bạn có.",
            "احضر يوم الثلاثاء في ساعات الاستقبال المفتوح ومعك أي أوراق محكمة لديك.",
        ),
        eligibility=LOW_INCOME,
        fees=FREE,
        locations=("riverside-loc-14",),
        phones=(Phone("(512) 555-0601", ("es", "en")),),
        languages=("es", "en"),
        hours=[(1, "09:00", "12:00"), (1, "13:00", "16:00")],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=17,
        verified_days_ago=215,
    ),
    ServiceRecord(
        "riverside-svc-038",
        "riverside-org-11",
        ("employment",),
        name=tr(
            "Second Chance Job Network",
            "Red de empleos de segunda oportunidad",
            "“第二次机会”就业网络",
            "Mạng lưới Việc làm Cơ hội Thứ hai",
            "شبكة وظائف الفرصة الثانية",
        ),
        description=tr(
            "Job coaches connect people in recovery or with a record to local employers who hire fairly: "
            "construction, warehouses, restaurants and county jobs.",
            "Asesores de empleo conectan a personas en recuperación o con antecedentes con empleadores locales que "
            "contratan de forma justa: construcción, almacenes, restaurantes y empleos del condado.",
            "就业教练将康复者或有犯罪记录的人介绍给公平招聘的本地雇主：建筑、仓储、餐饮和县政府职位。",
            None,
            "يربط مدربو التوظيف المتعافين أو أصحاب السوابق بأصحاب عمل محليين يوظّفون بإنصاف: البناء والمستودعات "
            "والمطاعم "
            "ووظائف المقاطعة.",
        ),
        application=WALK_IN,
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("riverside-loc-17",),
        phones=(Phone("(512) 555-0700", ("es", "en")),),
        languages=("es", "en"),
        hours=days("08:00", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=18,
        verified_days_ago=14,
    ),
    ServiceRecord(
        "riverside-svc-039",
        "riverside-org-11",
        ("employment",),
        name=tr(
            "Trades Training: Welding and Commercial Driving",
            "Capacitación en oficios: soldadura y manejo comercial",
            "技能培训：焊接和商业驾驶",
            "Đào tạo Nghề: Hàn và Lái xe Thương mại",
            "التدريب المهني: اللحام والقيادة التجارية",
        ),
        description=tr(
            "Paid 12-week training courses that lead to a welding certificate or a commercial driver's license, with "
            "evening classes and a peer mentor.",
            "Cursos de capacitación pagados de 12 semanas que llevan a un certificado de soldadura o una licencia de "
            "manejo comercial, con clases por la tarde y un mentor par.",
            "为期 12 周的带薪培训课程，可获得焊接证书或商业驾驶执照，设有晚间课程并配备同伴导师。",
            "Các khóa đào tạo có trả lương 12 tuần để lấy chứng chỉ hàn hoặc bằng lái xe thương mại, có lớp buổi tối "
            "và "
            "người cố vấn đồng đẳng.",
            "دورات تدريبية مدفوعة الأجر لمدة 12 أسبوعاً تؤهل لشهادة لحام أو رخصة قيادة تجارية، مع دروس مسائية ومرشد من "
            "الأقران.",
        ),
        application=tr(
            "Attend an information session on the first Monday of the month, then apply.",
            "Asista a una sesión informativa el primer lunes del mes y luego presente su solicitud.",
            "请参加每月第一个周一的说明会，然后提交申请。",
            "Tham dự buổi giới thiệu vào thứ Hai đầu tiên của tháng, rồi nộp đơn.",
            "احضر جلسة تعريفية في أول اثنين من الشهر، ثم قدّم طلبك.",
        ),
        eligibility=ADULTS,
        fees=tr(
            "Free, and trainees receive a weekly stipend.",
            "Gratis, y las personas en capacitación reciben un pago semanal.",
            "免费，学员每周还可领取津贴。",
            "Miễn phí, và học viên nhận trợ cấp hằng tuần.",
            "مجاني، ويحصل المتدربون على مكافأة أسبوعية.",
        ),
        locations=("riverside-loc-17",),
        phones=(Phone("(512) 555-0701", ("es", "en")),),
        languages=("es", "en"),
        hours=[(0, "17:30", "21:00"), (2, "17:30", "21:00"), (5, "08:00", "14:00")],
        costs=(FREE_COST,),
        minimum_age=18,
        verified_days_ago=42,
    ),
    ServiceRecord(
        "riverside-svc-040",
        "riverside-org-12",
        ("childcare",),
        name=tr(
            "Childcare for Parents in Treatment",
            "Guardería para madres y padres en tratamiento",
            "治疗期间家长托儿服务",
            "Giữ trẻ cho Cha mẹ đang Điều trị",
            "رعاية الأطفال للآباء أثناء العلاج",
        ),
        description=tr(
            "Licensed childcare for children from 1 to 5 years old while their parents attend treatment, groups or "
            "job training.",
            "Cuidado infantil con licencia para niñas y niños de 1 a 5 años mientras sus padres asisten a su "
            "tratamiento, a grupos o a capacitación laboral.",
            "家长参加治疗、小组活动或职业培训期间，为 1 至 5 岁儿童提供持证托儿服务。",
            "Giữ trẻ có giấy phép cho trẻ từ 1 đến 5 tuổi trong khi cha mẹ đi điều trị, sinh hoạt nhóm hoặc học nghề.",
            "رعاية أطفال مرخّصة للأطفال من عمر سنة إلى 5 سنوات أثناء حضور الوالدين العلاج أو المجموعات أو التدريب "
            "المهني.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=tr(
            "Parents and caregivers in treatment or recovery programs; children aged 1 to 5.",
            "Madres, padres y cuidadores en programas de tratamiento o recuperación; niños de 1 a 5 años.",
            "参加治疗或康复项目的父母和照顾者；儿童年龄为 1 至 5 岁。",
            "Cha mẹ và người chăm sóc đang tham gia chương trình điều trị hoặc phục hồi; trẻ từ 1 đến 5 tuổi.",
            "الآباء ومقدمو الرعاية في برامج العلاج أو التعافي؛ الأطفال من سنة إلى 5 سنوات.",
        ),
        fees=FREE,
        locations=("riverside-loc-18",),
        phones=(Phone("(512) 555-0142", ("es", "en")),),
        languages=("es", "en"),
        hours=days("07:30", "17:30"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        maximum_age=5,
        verified_days_ago=25,
    ),
    ServiceRecord(
        "riverside-svc-041",
        "riverside-org-12",
        ("childcare", "peer-support"),
        name=tr(
            "After-School Program and Mentoring",
            "Programa después de clases y mentoría",
            "课后项目与导师辅导",
            "Chương trình Sau Giờ học và Cố vấn",
            "برنامج ما بعد المدرسة والإرشاد",
        ),
        description=tr(
            "Homework help, sports, art and a caring adult mentor every weekday afternoon, for young people whose "
            "families are affected by addiction.",
            "Ayuda con las tareas, deportes, arte y un mentor adulto que se preocupa por ellos cada tarde entre "
            "semana, para jóvenes cuyas familias viven con la adicción.",
            "每个工作日下午提供作业辅导、体育、艺术活动和关爱他们的成年导师，面向家庭受成瘾影响的青少年。",
            "Hỗ trợ làm bài tập, thể thao, nghệ thuật và một người cố vấn quan tâm mỗi chiều trong tuần, dành cho các "
            "bạn trẻ có gia đình bị ảnh hưởng bởi nghiện.",
            "مساعدة في الواجبات ورياضة وفن ومرشد بالغ يهتم بهم كل عصر من أيام الأسبوع، للشباب الذين تتأثر عائلاتهم "
            "بالإدمان.",
        ),
        application=WALK_IN,
        eligibility=YOUTH,
        fees=FREE,
        locations=("riverside-loc-18",),
        phones=(Phone("(512) 555-0141", ("es", "en")),),
        languages=("es", "en"),
        hours=days("15:00", "18:30"),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=12,
        maximum_age=17,
        verified_days_ago=31,
    ),
    ServiceRecord(
        "riverside-svc-042",
        "riverside-org-10",
        ("family-support", "group-counseling"),
        name=tr(
            "Family Support Groups",
            "Grupos de apoyo familiar",
            "家庭支持小组",
            "Nhóm Hỗ trợ Gia đình",
            "مجموعات الدعم الأسري",
        ),
        description=tr(
            "Groups in Spanish and English where mothers, fathers, spouses and grandparents share their experience "
            "and learn how to support a loved one without losing themselves.",
            "Grupos en español e inglés donde madres, padres, esposos y abuelos comparten sus experiencias y aprenden "
            "a apoyar a un ser querido sin descuidarse a sí mismos.",
            "以西班牙语和英语进行的小组，母亲、父亲、配偶和祖父母分享经验，学习如何在支持亲人的同时照顾好自己。",
            "Các nhóm bằng tiếng Tây Ban Nha và tiếng Anh, nơi cha mẹ, vợ chồng và ông bà chia sẻ kinh nghiệm và học "
            "cách "
            "hỗ trợ người thân mà không đánh mất chính mình.",
            "مجموعات بالإسبانية والإنجليزية يتبادل فيها الأمهات والآباء والأزواج والأجداد تجاربهم ويتعلمون كيف يدعمون "
            "من يحبون دون أن يُهملوا أنفسهم.",
        ),
        application=JUST_COME,
        eligibility=FAMILIES,
        fees=FREE,
        locations=("riverside-loc-16",),
        phones=(Phone("(512) 555-0800", ("es", "en")),),
        languages=("es", "en"),
        hours=[(0, "18:30", "20:00"), (3, "18:30", "20:00")],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=17,
    ),
    ServiceRecord(
        "riverside-svc-043",
        "riverside-org-10",
        ("family-support",),
        name=tr(
            "Parenting in Recovery Classes",
            "Clases de crianza en recuperación",
            "康复期育儿课程",
            "Lớp học Nuôi dạy Con trong Giai đoạn Phục hồi",
            "دروس التربية أثناء التعافي",
        ),
        description=tr(
            "A ten-week class for parents in recovery on rebuilding trust with their children, routines, discipline "
            "without violence and working with child protective services.",
            "Un curso de diez semanas para madres y padres en recuperación sobre cómo reconstruir la confianza con "
            "sus hijos, rutinas, disciplina sin violencia y cómo trabajar con los servicios de protección infantil.",
            "为期十周的课程，面向处于康复期的父母，内容包括重建与孩子的信任、日常作息、非暴力管教以及与儿童保护服务机构合作。",
            "Lớp học mười tuần cho cha mẹ đang phục hồi về việc xây dựng lại lòng tin với con, nếp sinh hoạt, kỷ luật "
            "không bạo lực và làm việc với cơ quan bảo vệ trẻ em.",
            "دورة مدتها عشرة أسابيع للآباء المتعافين حول إعادة بناء الثقة مع أطفالهم والروتين والتأديب دون عنف "
            "والتعامل "
            "مع خدمات حماية الطفل.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=IN_RECOVERY,
        fees=FREE,
        locations=("riverside-loc-16",),
        phones=(Phone("(512) 555-0801", ("es", "en")),),
        languages=("es", "en"),
        hours=[(5, "10:00", "12:00")],
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        verified_days_ago=195,
    ),
    ServiceRecord(
        "riverside-svc-044",
        "riverside-org-10",
        ("family-support", "crisis-line"),
        name=tr(
            "Family Helpline",
            "Línea de ayuda para familias",
            "家庭求助热线",
            "Đường dây Trợ giúp Gia đình",
            "خط مساعدة الأسر",
        ),
        description=tr(
            "Trained family members answer questions from relatives: how to talk about treatment, what to do after an "
            "arrest, where to find a support group near you.",
            "Familiares capacitados responden a las preguntas de otros familiares: cómo hablar del tratamiento, qué "
            "hacer después de un arresto, dónde encontrar un grupo de apoyo cercano.",
            "受过培训的家属解答其他亲属的问题：如何谈论治疗、被捕后该怎么办、在哪里找到附近的支持小组。",
            "Các thành viên gia đình được đào tạo trả lời câu hỏi của người thân: cách nói về việc điều trị, làm gì "
            "sau "
            "khi bị bắt, tìm nhóm hỗ trợ gần bạn ở đâu.",
            "يجيب أفراد أسر مدرَّبون عن أسئلة الأقارب: كيف تتحدث عن العلاج، وماذا تفعل بعد الاعتقال، وأين تجد مجموعة دعم "
            "قريبة منك.",
        ),
        application=tr(
            "Call during opening hours or leave a message; we call back the same day.",
            "Llame en el horario de atención o deje un mensaje; le devolvemos la llamada el mismo día.",
            "请在开放时间内致电或留言；我们会在当天回电。",
            "Gọi trong giờ làm việc hoặc để lại lời nhắn; chúng tôi sẽ gọi lại trong ngày.",
            "اتصل خلال ساعات العمل أو اترك رسالة؛ نعاود الاتصال في اليوم نفسه.",
        ),
        eligibility=FAMILIES,
        fees=FREE,
        locations=("riverside-loc-16",),
        phones=(Phone("(512) 555-0802", ("es", "en")),),
        languages=("es", "en"),
        hours=days("10:00", "19:00"),
        costs=(FREE_COST,),
        verified_days_ago=23,
    ),
]
