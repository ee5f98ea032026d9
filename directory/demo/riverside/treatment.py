"""Riverside County: medication for addiction treatment and case management."""

from directory.demo.common import (
    ADULTS,
    ANYONE,
    CALL_FOR_APPOINTMENT,
    FREE,
    FREE_COST,
    INSURANCE_COST,
    REFERRAL,
    SLIDING_COST,
    SLIDING_SCALE_TX,
    THANKSGIVING,
    WALK_IN,
)
from directory.demo.records import Cost, Phone, ServiceRecord, days, tr

OPIOID_USERS = tr(
    "Adults who use opioids, including fentanyl, heroin or pain pills.",
    "Personas adultas que usan opioides, incluidos el fentanilo, la heroína o las pastillas para el dolor.",
    "使用阿片类药物（包括芬太尼、海洛因或止痛药）的成年人。",
    "Người lớn sử dụng chất dạng thuốc phiện, kể cả fentanyl, heroin hoặc thuốc giảm đau.",
    "البالغون الذين يتعاطون المواد الأفيونية، بما فيها الفنتانيل أو الهيروين أو حبوب الألم.",
)

SERVICES = [
    ServiceRecord(
        "riverside-svc-013",
        "riverside-org-02",
        ("medication-treatment",),
        name=tr(
            "Buprenorphine Walk-in Clinic",
            "Clínica de buprenorfina sin cita",
            "丁丙诺啡免预约诊所",
            "Phòng khám Buprenorphine Không cần Hẹn",
            "عيادة البوبرينورفين دون موعد",
        ),
        description=tr(
            "Start medication for opioid use disorder the same day. A doctor, a nurse and a recovery coach see you "
            "together; counseling is offered but never required to get your prescription.",
            "Empiece el mismo día un tratamiento con medicamentos para el consumo de opioides. Le atienden juntos un "
            "médico, una enfermera y un coach de recuperación; se ofrece consejería, pero nunca es obligatoria para "
            "recibir su receta.",
            "当天即可开始阿片类物质使用障碍的药物治疗。医生、护士和康复教练共同为您诊治；提供心理咨询，但开处方从不以此为前提。",
            "Bắt đầu dùng thuốc điều trị rối loạn sử dụng chất dạng thuốc phiện ngay trong ngày. Bác sĩ, y tá và huấn "
            "luyện viên phục hồi cùng gặp bạn; có tư vấn nhưng không bắt buộc để nhận đơn thuốc.",
            "ابدأ علاج اضطراب تعاطي المواد الأفيونية بالأدوية في اليوم نفسه. يراك طبيب وممرضة ومدرب تعافٍ معاً؛ ويُعرض "
            "الإرشاد لكنه ليس شرطاً أبداً للحصول على وصفتك.",
        ),
        application=WALK_IN,
        eligibility=OPIOID_USERS,
        fees=SLIDING_SCALE_TX,
        locations=("riverside-loc-04",),
        phones=(Phone("(512) 555-0210", ("es", "en")),),
        languages=("es", "en"),
        hours=days("07:00", "15:00") + [(5, "08:00", "12:00")],
        closures=(THANKSGIVING,),
        costs=(INSURANCE_COST, SLIDING_COST),
        flags=frozenset({"walk_in", "medication_for_addiction_treatment", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=3,
    ),
    ServiceRecord(
        "riverside-svc-014",
        "riverside-org-02",
        ("medication-treatment",),
        name=tr(
            "Methadone Treatment Program",
            "Programa de tratamiento con metadona",
            "美沙酮治疗项目",
            "Chương trình Điều trị bằng Methadone",
            "برنامج العلاج بالميثادون",
        ),
        description=tr(
            "Daily methadone with counseling, medical care and help with work schedules. Dosing starts at 5:30 a.m. "
            "so you can get to work on time.",
            "Metadona diaria con consejería, atención médica y apoyo para ajustarse a los horarios de trabajo. Las "
            "dosis empiezan a las 5:30 a. m. para que llegue a tiempo a su trabajo.",
            "每日美沙酮给药，并提供心理咨询、医疗护理和工作时间安排方面的帮助。早上 5:30 开始给药，让您准时上班。",
            "Methadone hằng ngày kèm tư vấn, chăm sóc y tế và hỗ trợ sắp xếp giờ làm. Phát thuốc từ 5 giờ 30 sáng để "
            "bạn đi làm đúng giờ.",
            "ميثادون يومي مع الإرشاد والرعاية الطبية والمساعدة في مواءمة مواعيد العمل. تبدأ الجرعات الساعة 5:30 صباحاً "
            "لتصل إلى عملك في الوقت المحدد.",
        ),
        application=tr(
            "Come for an intake assessment any weekday before 9 a.m.",
            "Venga a la evaluación de ingreso cualquier día entre semana antes de las 9 a. m.",
            "请在任何工作日上午 9 点前前来进行入组评估。",
            "Đến đánh giá tiếp nhận vào bất kỳ ngày trong tuần nào trước 9 giờ sáng.",
            "احضر لتقييم القبول في أي يوم عمل قبل الساعة التاسعة صباحاً.",
        ),
        eligibility=OPIOID_USERS,
        fees=tr(
            "Medicaid and most insurance plans accepted. Self-pay is $14 a day; county funding can cover the cost.",
            "Se aceptan Medicaid y la mayoría de los seguros. El pago directo es de $14 al día; los fondos del condado "
            "pueden cubrir el costo.",
            "接受 Medicaid 和大多数保险。自费为每天 14 美元；县政府资金可承担费用。",
            "Nhận Medicaid và hầu hết các gói bảo hiểm. Tự trả 14 đô la mỗi ngày; quỹ của quận có thể chi trả.",
            "يُقبل Medicaid ومعظم خطط التأمين. الدفع الذاتي 14 دولاراً يومياً؛ ويمكن لتمويل المقاطعة تغطية التكلفة.",
        ),
        locations=("riverside-loc-04",),
        phones=(Phone("(512) 555-0212", ("es", "en")),),
        languages=("es", "en"),
        hours=[(day, "05:30", "10:30") for day in range(6)] + [(6, "07:00", "09:00")],
        costs=(
            INSURANCE_COST,
            Cost(
                "fee",
                14,
                tr("Per day, self-pay", "Por día, pago directo", "每天，自费", "Mỗi ngày, tự trả", "يومياً، دفع ذاتي"),
            ),
        ),
        flags=frozenset({"walk_in", "medication_for_addiction_treatment", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=14,
    ),
    ServiceRecord(
        "riverside-svc-015",
        "riverside-org-02",
        ("medication-treatment", "harm-reduction"),
        name=tr(
            "Mobile Medication Unit",
            "Unidad Móvil de Medicamentos",
            "流动药物治疗车",
            "Xe Điều trị bằng Thuốc Lưu động",
            "الوحدة المتنقلة للعلاج الدوائي",
        ),
        description=tr(
            "A clinic on wheels that visits small towns on a weekly route, offering buprenorphine, naloxone and "
            "hepatitis C testing close to home.",
            "Una clínica sobre ruedas que recorre pueblos pequeños cada semana y ofrece buprenorfina, naloxona y "
            "pruebas de hepatitis C cerca de su casa.",
            "一辆流动诊所车每周按固定路线前往小城镇，就近提供丁丙诺啡、纳洛酮和丙肝检测。",
            "Phòng khám lưu động đi theo lộ trình hằng tuần đến các thị trấn nhỏ, cung cấp buprenorphine, naloxone và "
            "xét nghiệm viêm gan C gần nhà bạn.",
            "عيادة متنقلة تزور البلدات الصغيرة وفق مسار أسبوعي، وتقدم البوبرينورفين والنالوكسون وفحص التهاب الكبد C "
            "قرب منزلك.",
        ),
        application=tr(
            "Check the weekly route on our website or call, then come to the van; no appointment needed.",
            "Consulte la ruta semanal en nuestro sitio web o llame, y luego acérquese a la camioneta; no necesita "
            "cita.",
            "请在我们的网站上查看每周路线或致电，然后到车上就诊；无需预约。",
            "Xem lộ trình hằng tuần trên trang web hoặc gọi điện, rồi đến xe; không cần hẹn.",
            "اطلع على المسار الأسبوعي على موقعنا أو اتصل، ثم تعال إلى العربة؛ لا حاجة إلى موعد.",
        ),
        eligibility=ANYONE,
        fees=SLIDING_SCALE_TX,
        locations=("riverside-loc-05",),
        phones=(Phone("(512) 555-0213", ("es", "en")),),
        languages=("es", "en"),
        hours=days("09:00", "16:00", (1, 3)),
        costs=(FREE_COST, INSURANCE_COST),
        flags=frozenset({"walk_in", "medication_for_addiction_treatment", "insurance_accepted"}),
        verified_days_ago=12,
    ),
    ServiceRecord(
        "riverside-svc-016",
        "riverside-org-02",
        ("medication-treatment",),
        name=tr(
            "Medication for Alcohol Use Disorder",
            "Medicamentos para dejar el alcohol",
            "酒精使用障碍药物治疗",
            "Thuốc Điều trị Rối loạn Sử dụng Rượu",
            "أدوية لعلاج اضطراب تعاطي الكحول",
        ),
        description=tr(
            "Naltrexone (pills or a monthly injection) and acamprosate to reduce cravings, prescribed by your "
            "primary-care team with regular check-ins.",
            "Naltrexona (en pastillas o en inyección mensual) y acamprosato para reducir los antojos de beber, "
            "recetados por su equipo de atención primaria con seguimiento regular.",
            "由您的初级保健团队开具纳曲酮（口服或每月注射）和阿坎酸以减少饮酒渴求，并定期复诊。",
            "Naltrexone (dạng viên hoặc tiêm hằng tháng) và acamprosate giúp giảm thèm rượu, do nhóm chăm sóc ban đầu "
            "kê đơn và theo dõi định kỳ.",
            "النالتريكسون (أقراص أو حقنة شهرية) والأكامبروسات لتقليل الرغبة في الشرب، يصفها فريق الرعاية الأولية مع "
            "متابعة منتظمة.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=ADULTS,
        fees=SLIDING_SCALE_TX,
        locations=("riverside-loc-04", "riverside-loc-05"),
        phones=(Phone("(512) 555-0200", ("es", "en")),),
        languages=("es", "en"),
        hours=days("08:00", "17:00"),
        costs=(INSURANCE_COST, SLIDING_COST),
        flags=frozenset({"appointment_by_phone", "medication_for_addiction_treatment", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=33,
    ),
    ServiceRecord(
        "riverside-svc-017",
        "riverside-org-01",
        ("case-management",),
        name=tr(
            "Care Coordination After a Crisis",
            "Coordinación de apoyos después de una crisis",
            "危机后护理协调",
            "Điều phối Chăm sóc sau Khủng hoảng",
            "تنسيق الرعاية بعد الأزمة",
        ),
        description=tr(
            "For 90 days after a crisis, a care coordinator helps you keep appointments, apply for Medicaid or county "
            "indigent care, and sort out food, housing and transport.",
            "Durante 90 días después de una crisis, una coordinadora le ayuda a cumplir sus citas, solicitar Medicaid "
            "o la atención para personas de bajos recursos del condado, y resolver alimentos, vivienda y transporte.",
            "危机后 90 天内，护理协调员会帮助您按时赴约、申请 Medicaid 或县贫困医疗援助，并解决食物、住房和交通问题。",
            "Trong 90 ngày sau khủng hoảng, điều phối viên giúp bạn giữ lịch hẹn, xin Medicaid hoặc chương trình chăm "
            "sóc cho người thu nhập thấp của quận, và lo liệu thực phẩm, nhà ở, đi lại.",
            "خلال 90 يوماً بعد الأزمة، يساعدك منسق رعاية على الالتزام بالمواعيد والتقدم إلى Medicaid أو برنامج رعاية "
            "المعوزين في المقاطعة، وترتيب الطعام والسكن والمواصلات.",
        ),
        application=REFERRAL,
        eligibility=ADULTS,
        fees=FREE,
        locations=("riverside-loc-01",),
        phones=(Phone("(512) 555-0120", ("es", "en")),),
        languages=("es", "en"),
        hours=days("08:00", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"referral_required"}),
        minimum_age=18,
        verified_days_ago=48,
    ),
    ServiceRecord(
        "riverside-svc-018",
        "riverside-org-03",
        ("case-management", "peer-support"),
        name=tr(
            "Community Health Workers (Promotoras)",
            "Promotoras de salud comunitarias",
            "社区健康工作者（Promotoras）",
            "Nhân viên Y tế Cộng đồng (Promotoras)",
            "العاملات الصحيات المجتمعيات (بروموتوراس)",
        ),
        description=tr(
            "Promotoras from the neighborhood visit families at home, explain services, fill in applications together "
            "and go with you to your first appointment.",
            "Promotoras del mismo barrio visitan a las familias en casa, explican los servicios, llenan las "
            "solicitudes junto con usted y le acompañan a su primera cita.",
            "来自本社区的 promotoras（社区健康工作者）上门探访家庭，讲解各项服务，与您一起填写申请表，"
            "并陪同您参加第一次预约。",
            None,
            "تزور عاملات صحيات من الحي نفسه العائلات في منازلها، ويشرحن الخدمات، ويملأن الطلبات معك، ويرافقنك إلى "
            "موعدك الأول.",
        ),
        application=tr(
            "Call or ask at Casa Esperanza; a promotora will call you back the same week.",
            "Llame o pregunte en Casa Esperanza; una promotora le llamará esa misma semana.",
            "请致电或到希望之家询问；一位 promotora 会在同一周内给您回电。",
            "Hãy gọi hoặc hỏi tại Casa Esperanza; một promotora sẽ gọi lại cho bạn trong cùng tuần.",
            "اتصل أو اسأل في كاسا إسبيرانزا؛ ستعاود إحدى العاملات الاتصال بك خلال الأسبوع نفسه.",
        ),
        eligibility=ANYONE,
        fees=FREE,
        locations=("riverside-loc-07",),
        phones=(Phone("(512) 555-0302", ("es", "en")),),
        languages=("es", "en"),
        hours=days("09:00", "18:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        verified_days_ago=29,
    ),
]
