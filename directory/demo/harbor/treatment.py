"""Harbor City: medication for addiction treatment and case management."""

from directory.demo.common import (
    ADULTS,
    CALL_FOR_APPOINTMENT,
    FREE,
    FREE_COST,
    INSURANCE_COST,
    NEW_YEAR,
    REFERRAL,
    SLIDING_COST,
    SLIDING_SCALE,
    THANKSGIVING,
    WALK_IN,
)
from directory.demo.records import Cost, Phone, ServiceRecord, days, tr

SERVICES = [
    ServiceRecord(
        "harbor-svc-015",
        "harbor-org-02",
        ("medication-treatment",),
        name=tr(
            "Same-Day Buprenorphine Clinic",
            "Clínica de buprenorfina el mismo día",
            "当日丁丙诺啡诊所",
            "Phòng khám Buprenorphine trong Ngày",
            "عيادة البوبرينورفين في اليوم نفسه",
        ),
        description=tr(
            "Start buprenorphine (Suboxone) for opioid use disorder the day you walk in, with a prescriber, a nurse "
            "and a recovery coach. No requirement to be in counseling first.",
            "Empiece buprenorfina (Suboxone) para el trastorno por consumo de opioides el mismo día que llegue, con "
            "un médico, una enfermera y un coach de recuperación. No se exige estar antes en consejería.",
            "来诊当天即可开始使用丁丙诺啡（Suboxone）治疗阿片类物质使用障碍，由处方医生、护士和康复教练共同服务。"
            "不要求先接受心理咨询。",
            "Bắt đầu dùng buprenorphine (Suboxone) điều trị rối loạn sử dụng chất dạng thuốc phiện ngay ngày bạn đến, "
            "với bác sĩ kê đơn, y tá và huấn luyện viên phục hồi. Không bắt buộc phải tham gia tư vấn trước.",
            "ابدأ العلاج بالبوبرينورفين (سوبوكسون) لاضطراب تعاطي المواد الأفيونية في يوم حضورك نفسه، مع طبيب وممرضة "
            "ومدرب تعافٍ. لا يُشترط الالتحاق بالإرشاد أولاً.",
        ),
        application=WALK_IN,
        eligibility=tr(
            "Anyone 16 and over who uses opioids, including fentanyl or pain pills.",
            "Cualquier persona de 16 años o más que use opioides, incluidos el fentanilo o las pastillas para el "
            "dolor.",
            "任何 16 岁及以上使用阿片类药物（包括芬太尼或止痛药）的人。",
            "Bất kỳ ai từ 16 tuổi trở lên sử dụng chất dạng thuốc phiện, kể cả fentanyl hoặc thuốc giảm đau.",
            "كل من بلغ 16 عاماً فأكثر ويتعاطى المواد الأفيونية، بما فيها الفنتانيل أو حبوب الألم.",
        ),
        fees=SLIDING_SCALE,
        locations=("harbor-loc-04", "harbor-loc-05"),
        phones=(Phone("(562) 555-0210", ("en", "es", "vi")),),
        languages=("en", "es", "vi", "tl"),
        hours=days("07:30", "15:30") + [(5, "09:00", "12:00")],
        closures=(THANKSGIVING, NEW_YEAR),
        costs=(INSURANCE_COST, SLIDING_COST),
        flags=frozenset({"walk_in", "medication_for_addiction_treatment", "insurance_accepted"}),
        minimum_age=16,
        verified_days_ago=4,
    ),
    ServiceRecord(
        "harbor-svc-016",
        "harbor-org-01",
        ("medication-treatment",),
        name=tr(
            "Harbor Opioid Treatment Program (Methadone)",
            "Programa de Tratamiento de Opioides de Harbor (metadona)",
            "港城阿片类药物治疗项目（美沙酮）",
            "Chương trình Điều trị Nghiện Chất dạng Thuốc phiện Harbor (Methadone)",
            "برنامج هاربور لعلاج الإدمان على الأفيونات (الميثادون)",
        ),
        description=tr(
            "Daily methadone dosing with counseling and medical care. Early morning hours so you can dose before work; "
            "take-home doses as you become stable.",
            "Dosis diaria de metadona con consejería y atención médica. Abrimos temprano para que pueda tomar su dosis "
            "antes del trabajo; dosis para llevar a casa a medida que se estabilice.",
            "每日美沙酮给药，并提供心理咨询和医疗护理。清晨开放，方便您上班前服药；病情稳定后可领取带回家的剂量。",
            "Uống methadone hằng ngày kèm tư vấn và chăm sóc y tế. Mở cửa sáng sớm để bạn uống thuốc trước giờ làm; "
            "được mang thuốc về nhà khi bạn đã ổn định.",
            "جرعات يومية من الميثادون مع الإرشاد والرعاية الطبية. نفتح باكراً لتأخذ جرعتك قبل العمل؛ وتُمنح جرعات "
            "منزلية مع استقرار حالتك.",
        ),
        application=tr(
            "Come Monday to Friday before 10 a.m. for an intake assessment; bring any photo ID if you have one.",
            "Venga de lunes a viernes antes de las 10 a. m. para la evaluación de ingreso; traiga una identificación "
            "con foto si la tiene.",
            "请于周一至周五上午 10 点前前来进行入组评估；如有带照片的身份证件请携带。",
            "Hãy đến từ thứ Hai đến thứ Sáu trước 10 giờ sáng để được đánh giá tiếp nhận; mang theo giấy tờ có ảnh "
            "nếu có.",
            "احضر من الاثنين إلى الجمعة قبل الساعة العاشرة صباحاً لتقييم القبول؛ أحضر بطاقة هوية بصورة إن وُجدت.",
        ),
        eligibility=ADULTS,
        fees=tr(
            "Medi-Cal covers the full cost. Without insurance, $15 a day, reduced on request.",
            "Medi-Cal cubre el costo total. Sin seguro, $15 al día, con descuentos si los solicita.",
            "Medi-Cal 承担全部费用。无保险者每天 15 美元，可申请减免。",
            "Medi-Cal chi trả toàn bộ. Không có bảo hiểm: 15 đô la mỗi ngày, có thể xin giảm.",
            "يغطي Medi-Cal التكلفة كاملة. بدون تأمين: 15 دولاراً يومياً، مع إمكانية التخفيض عند الطلب.",
        ),
        locations=("harbor-loc-02",),
        phones=(Phone("(562) 555-0120", ("en", "es")),),
        languages=("en", "es", "zh-hans"),
        # Dosing in the early morning, then an afternoon window for people who work nights.
        hours=[(day, "05:30", "11:00") for day in range(5)]
        + [(day, "14:00", "16:00") for day in range(5)]
        + [(5, "07:00", "10:00"), (6, "07:00", "09:00")],
        costs=(
            INSURANCE_COST,
            Cost(
                "fee",
                15,
                tr(
                    "Per day without insurance",
                    "Por día, sin seguro médico",
                    "无保险者每天",
                    "Mỗi ngày, nếu không có bảo hiểm",
                    "يومياً بدون تأمين",
                ),
            ),
        ),
        flags=frozenset({"walk_in", "medication_for_addiction_treatment", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=8,
    ),
    ServiceRecord(
        "harbor-svc-017",
        "harbor-org-02",
        ("medication-treatment",),
        name=tr(
            "Telehealth Addiction Medicine",
            "Medicina de adicciones por telesalud",
            "远程成瘾医学服务",
            "Y học Cai nghiện Từ xa",
            "طب الإدمان عن بُعد",
        ),
        description=tr(
            "Video visits to start or continue buprenorphine or naltrexone, with prescriptions sent to your pharmacy.",
            "Consultas por video para empezar o continuar con buprenorfina o naltrexona; las recetas se envían a su "
            "farmacia.",
            "通过视频就诊开始或继续使用丁丙诺啡或纳曲酮，处方将发送到您的药房。",
            None,
            "زيارات بالفيديو لبدء العلاج بالبوبرينورفين أو النالتريكسون أو مواصلته، وتُرسل الوصفات إلى صيدليتك.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=ADULTS,
        fees=SLIDING_SCALE,
        locations=("harbor-loc-03",),
        phones=(Phone("(562) 555-0211", ("en", "es")),),
        languages=("en", "es"),
        hours=days("07:00", "19:00"),
        costs=(INSURANCE_COST, SLIDING_COST),
        flags=frozenset({"online", "appointment_by_phone", "medication_for_addiction_treatment", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=14,
    ),
    ServiceRecord(
        "harbor-svc-018",
        "harbor-org-01",
        ("case-management",),
        name=tr(
            "Reentry Care Coordination",
            "Coordinación de atención para la reintegración",
            "出狱重返社会护理协调",
            "Điều phối Chăm sóc Tái hòa nhập",
            "تنسيق الرعاية بعد الخروج من السجن",
        ),
        description=tr(
            "A case manager meets you before release from jail and helps with medication, Medi-Cal, ID, housing "
            "applications and your first appointments.",
            "Un gestor de casos le visita antes de salir de la cárcel y le ayuda con medicamentos, Medi-Cal, "
            "identificación, solicitudes de vivienda y sus primeras citas.",
            "个案经理会在您出狱前与您见面，帮助您处理药物、Medi-Cal、身份证件、住房申请以及首次预约。",
            "Người quản lý hồ sơ gặp bạn trước khi ra tù và giúp về thuốc men, Medi-Cal, giấy tờ tùy thân, đơn xin nhà "
            "ở và các cuộc hẹn đầu tiên.",
            "يلتقيك مدير حالة قبل الإفراج عنك من السجن ويساعدك في الأدوية وMedi-Cal والهوية وطلبات السكن ومواعيدك "
            "الأولى.",
        ),
        application=REFERRAL,
        eligibility=tr(
            "Adults leaving county jail or state prison within the next 90 days, or released in the last 90 days.",
            "Personas adultas que salgan de la cárcel del condado o de una prisión estatal en los próximos 90 días, "
            "o que hayan salido en los últimos 90.",
            "将在 90 天内从县监狱或州监狱获释、或在过去 90 天内获释的成年人。",
            "Người lớn sắp ra khỏi nhà tù quận hoặc tiểu bang trong 90 ngày tới, hoặc đã ra trong 90 ngày qua.",
            "البالغون الذين سيُفرج عنهم من سجن المقاطعة أو الولاية خلال 90 يوماً، أو أُفرج عنهم خلال آخر 90 يوماً.",
        ),
        fees=FREE,
        locations=("harbor-loc-01",),
        phones=(Phone("(562) 555-0130", ("en", "es")),),
        languages=("en", "es"),
        hours=days("08:30", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"referral_required"}),
        minimum_age=18,
        verified_days_ago=60,
    ),
    ServiceRecord(
        "harbor-svc-019",
        "harbor-org-01",
        ("case-management", "housing"),
        name=tr(
            "Housing Navigation",
            "Orientación para encontrar vivienda",
            "住房导航服务",
            "Hướng dẫn Tìm Nhà ở",
            "التوجيه للحصول على سكن",
        ),
        description=tr(
            "Navigators help you get on the coordinated entry list, gather documents, search for units and "
            "use housing vouchers.",
            "Orientadores le ayudan a inscribirse en la lista de acceso coordinado, reunir documentos, buscar "
            "viviendas y usar vales de vivienda.",
            "导航员帮助您登记协调入住名单、准备文件、寻找房源并使用住房券。",
            "Người hướng dẫn giúp bạn vào danh sách tiếp nhận điều phối, chuẩn bị giấy tờ, tìm nhà và sử dụng phiếu "
            "hỗ trợ nhà ở.",
            "يساعدك المرشدون على التسجيل في قائمة الدخول المنسق وجمع الوثائق والبحث عن وحدات سكنية واستخدام قسائم "
            "السكن.",
        ),
        application=WALK_IN,
        eligibility=tr(
            "Adults who are homeless or about to lose their housing.",
            "Personas adultas sin hogar o a punto de perder su vivienda.",
            "无家可归或即将失去住所的成年人。",
            "Người lớn vô gia cư hoặc sắp mất chỗ ở.",
            "البالغون المشردون أو المعرضون لفقدان مسكنهم قريباً.",
        ),
        fees=FREE,
        locations=("harbor-loc-01",),
        phones=(Phone("(562) 555-0135", ("en", "es", "vi")),),
        languages=("en", "es", "vi"),
        hours=days("09:00", "16:00", (0, 1, 2, 3)),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=18,
        verified_days_ago=22,
    ),
]
