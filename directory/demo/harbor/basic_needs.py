"""Harbor City: food and rides."""

from directory.demo.common import ADULTS, ANYONE, CHRISTMAS, FREE, FREE_COST, THANKSGIVING, WALK_IN
from directory.demo.records import Phone, ServiceRecord, days, tr

RIDE_BOOKING = tr(
    "Call at least two business days before your appointment.",
    "Llame al menos dos días hábiles antes de su cita.",
    "请至少在预约前两个工作日致电。",
    "Hãy gọi ít nhất hai ngày làm việc trước cuộc hẹn.",
    "اتصل قبل موعدك بيومي عمل على الأقل.",
)

SERVICES = [
    ServiceRecord(
        "harbor-svc-032",
        "harbor-org-07",
        ("food",),
        name=tr(
            "Neighborhood Food Pantry",
            "Despensa de alimentos del barrio",
            "社区食品分发站",
            "Tủ Thực phẩm Khu phố",
            "مخزن الطعام في الحي",
        ),
        description=tr(
            "Choose your own groceries once a week: fresh produce, bread, dairy, halal and vegetarian options, "
            "diapers and hygiene items.",
            "Elija sus propios alimentos una vez por semana: frutas y verduras frescas, pan, lácteos, opciones halal "
            "y vegetarianas, pañales y artículos de higiene.",
            "每周一次自选食品杂货：新鲜蔬果、面包、乳制品、清真和素食选择、尿布及卫生用品。",
            "Tự chọn thực phẩm mỗi tuần một lần: rau quả tươi, bánh mì, sữa, lựa chọn halal và chay, tã và đồ vệ sinh.",
            "اختر مشترياتك بنفسك مرة في الأسبوع: خضار وفواكه طازجة وخبز وألبان وخيارات حلال ونباتية وحفاضات ومستلزمات "
            "نظافة.",
        ),
        application=WALK_IN,
        eligibility=ANYONE,
        fees=FREE,
        locations=("harbor-loc-11",),
        phones=(Phone("(562) 555-0400", ("en", "es", "ar")),),
        languages=("en", "es", "ar", "zh-hans"),
        hours=[(1, "10:00", "14:00"), (3, "15:00", "19:00"), (5, "09:00", "12:00")],
        closures=(THANKSGIVING, CHRISTMAS),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=16,
    ),
    ServiceRecord(
        "harbor-svc-033",
        "harbor-org-07",
        ("food",),
        name=tr(
            "Community Kitchen Hot Meals",
            "Comidas calientes en la cocina comunitaria",
            "社区厨房热餐",
            "Bữa ăn Nóng tại Bếp Cộng đồng",
            "وجبات ساخنة في المطبخ المجتمعي",
        ),
        description=tr(
            "A free sit-down lunch every weekday and dinner on Fridays. Everyone eats together; volunteers in "
            "recovery cook and serve.",
            "Almuerzo gratis en mesa de lunes a viernes y cena los viernes. Todos comemos juntos; cocinan y sirven "
            "voluntarios en recuperación.",
            "工作日每天提供免费堂食午餐，周五提供晚餐。大家一起用餐；由正在康复的志愿者烹饪和服务。",
            "Bữa trưa miễn phí tại chỗ mỗi ngày trong tuần và bữa tối thứ Sáu. Mọi người cùng ăn; tình nguyện viên "
            "đang phục hồi nấu và phục vụ.",
            "غداء مجاني على الطاولة كل يوم من أيام الأسبوع وعشاء يوم الجمعة. يأكل الجميع معاً؛ ويطهو ويقدّم متطوعون "
            "متعافون.",
        ),
        application=WALK_IN,
        eligibility=ANYONE,
        fees=FREE,
        locations=("harbor-loc-12",),
        languages=("en", "es"),
        hours=days("11:30", "13:30") + [(4, "17:30", "19:00")],
        closures=(THANKSGIVING,),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=240,
    ),
    ServiceRecord(
        "harbor-svc-034",
        "harbor-org-07",
        ("food", "transport"),
        name=tr(
            "Groceries to Your Door",
            "Despensa a domicilio",
            "食品送货上门",
            "Giao Thực phẩm Tận nhà",
            "توصيل المواد الغذائية إلى بابك",
        ),
        description=tr(
            "A weekly grocery box delivered by volunteers to people who cannot get to a pantry: older adults, people "
            "with disabilities, and people in early recovery without a car.",
            "Una caja semanal de alimentos que llevan voluntarios a quienes no pueden ir a una despensa: personas "
            "mayores, con discapacidad o en recuperación temprana sin automóvil.",
            "志愿者每周将食品箱送到无法前往食品站的人家中：老年人、残障人士以及处于康复早期且没有车的人。",
            None,
            "صندوق أسبوعي من المواد الغذائية يوصله متطوعون لمن لا يستطيعون الوصول إلى المخزن: كبار السن وذوو الإعاقة "
            "والمتعافون حديثاً الذين لا يملكون سيارة.",
        ),
        application=tr(
            "Call to sign up; a volunteer calls back to set your delivery day.",
            "Llame para inscribirse; un voluntario le devuelve la llamada para fijar el día de entrega.",
            "请致电登记；志愿者会回电确定送货日期。",
            "Hãy gọi để đăng ký; tình nguyện viên sẽ gọi lại để hẹn ngày giao.",
            "اتصل للتسجيل؛ سيعاود متطوع الاتصال بك لتحديد يوم التوصيل.",
        ),
        eligibility=ADULTS,
        fees=FREE,
        locations=("harbor-loc-11",),
        phones=(Phone("(562) 555-0401", ("en", "es", "zh-hans")),),
        languages=("en", "es", "zh-hans"),
        hours=days("09:00", "15:00", (1, 2, 3)),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        verified_days_ago=70,
    ),
    ServiceRecord(
        "harbor-svc-035",
        "harbor-org-09",
        ("transport",),
        name=tr(
            "Rides to Treatment",
            "Viajes a citas de tratamiento",
            "接送就医服务",
            "Đưa đón Đi Điều trị",
            "التوصيل إلى مواعيد العلاج",
        ),
        description=tr(
            "Volunteer drivers take you to and from counseling, medication appointments, recovery meetings and court "
            "dates anywhere in Harbor City.",
            "Conductores voluntarios le llevan y le traen de sus sesiones de consejería, citas de medicamentos, "
            "reuniones de recuperación y audiencias en cualquier parte de Harbor City.",
            "志愿司机接送您往返于心理咨询、药物预约、康复聚会和法庭出庭，覆盖港城全市。",
            "Tài xế tình nguyện đưa đón bạn đi tư vấn, hẹn nhận thuốc, họp phục hồi và ra tòa ở bất cứ đâu trong "
            "Harbor City.",
            "يوصلك سائقون متطوعون ذهاباً وإياباً إلى جلسات الإرشاد ومواعيد الأدوية واجتماعات التعافي وجلسات المحكمة في "
            "أي مكان في هاربور سيتي.",
        ),
        application=RIDE_BOOKING,
        eligibility=tr(
            "Anyone going to a health, recovery or court appointment who has no other way to get there.",
            "Cualquier persona que vaya a una cita de salud, de recuperación o en el tribunal y no tenga otra forma de "
            "llegar.",
            "任何需要前往医疗、康复或法庭预约且没有其他交通方式的人。",
            "Bất kỳ ai đi khám bệnh, phục hồi hoặc ra tòa mà không có cách nào khác để đến.",
            "كل من لديه موعد صحي أو موعد تعافٍ أو موعد في المحكمة ولا يملك وسيلة أخرى للوصول.",
        ),
        fees=FREE,
        locations=("harbor-loc-14",),
        phones=(Phone("(562) 555-0500", ("en", "es", "vi")),),
        languages=("en", "es", "vi"),
        hours=days("07:00", "18:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        verified_days_ago=13,
    ),
    ServiceRecord(
        "harbor-svc-036",
        "harbor-org-09",
        ("transport",),
        name=tr(
            "Monthly Bus Passes",
            "Pases mensuales de autobús",
            "每月公交通行证",
            "Vé Xe buýt Hằng tháng",
            "بطاقات الحافلات الشهرية",
        ),
        description=tr(
            "Free monthly transit passes for people in treatment or looking for work, handed out on the first "
            "weekdays of each month.",
            "Pases de transporte mensuales gratuitos para personas en tratamiento o que buscan empleo, que se "
            "entregan en los primeros días hábiles de cada mes.",
            "为正在接受治疗或正在找工作的人提供免费月度公交卡，每月的前几个工作日发放。",
            None,
            "بطاقات مواصلات شهرية مجانية لمن يتلقون العلاج أو يبحثون عن عمل، تُوزع في أيام العمل الأولى من كل شهر.",
        ),
        application=tr(
            "Bring a letter or appointment card from your program, or proof of a job search.",
            "Traiga una carta o tarjeta de cita de su programa, o un comprobante de búsqueda de empleo.",
            "请携带项目出具的信函或预约卡，或求职证明。",
            "Mang theo thư hoặc thẻ hẹn của chương trình, hoặc giấy tờ chứng minh đang tìm việc.",
            "أحضر رسالة أو بطاقة موعد من برنامجك، أو ما يثبت بحثك عن عمل.",
        ),
        eligibility=ADULTS,
        fees=FREE,
        locations=("harbor-loc-14",),
        phones=(Phone("(562) 555-0501", ("en", "es")),),
        languages=("en", "es"),
        hours=days("10:00", "14:00", (0, 1, 2)),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=18,
        verified_days_ago=210,
    ),
]
