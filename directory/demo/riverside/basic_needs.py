"""Riverside County: food and transport."""

from directory.demo.common import ADULTS, ANYONE, CHRISTMAS, FREE, FREE_COST, THANKSGIVING, WALK_IN
from directory.demo.records import Phone, ServiceRecord, days, tr

SERVICES = [
    ServiceRecord(
        "riverside-svc-031",
        "riverside-org-07",
        ("food",),
        name=tr(
            "Mobile Food Pantry",
            "Despensa móvil de alimentos",
            "流动食品发放站",
            "Tủ Thực phẩm Lưu động",
            "مخزن الطعام المتنقل",
        ),
        description=tr(
            "A truck brings fresh produce, rice, beans, milk and eggs to churches and school parking lots in small "
            "towns twice a month.",
            "Un camión lleva frutas y verduras frescas, arroz, frijoles, leche y huevos a iglesias y estacionamientos "
            "de escuelas de los pueblos pequeños dos veces al mes.",
            "每月两次，货车将新鲜蔬果、大米、豆类、牛奶和鸡蛋送到小城镇的教堂和学校停车场。",
            "Xe tải chở rau quả tươi, gạo, đậu, sữa và trứng đến nhà thờ và bãi đỗ xe trường học ở các thị trấn nhỏ "
            "hai "
            "lần mỗi tháng.",
            "تنقل شاحنة الخضار والفواكه الطازجة والأرز والفاصولياء والحليب والبيض إلى الكنائس ومواقف المدارس في "
            "البلدات "
            "الصغيرة مرتين في الشهر.",
        ),
        application=tr(
            "Just come to a stop on the schedule; bring bags or a box. No ID or proof of income needed.",
            "Solo venga a una parada del calendario; traiga bolsas o una caja. No necesita identificación ni "
            "comprobante de ingresos.",
            "按时间表到任一停靠点即可；请带上袋子或箱子。无需身份证件或收入证明。",
            "Chỉ cần đến một điểm dừng theo lịch; mang theo túi hoặc thùng. Không cần giấy tờ tùy thân hay chứng minh "
            "thu nhập.",
            "تعالَ فقط إلى إحدى المحطات حسب الجدول؛ أحضر أكياساً أو صندوقاً. لا حاجة إلى هوية أو إثبات دخل.",
        ),
        eligibility=ANYONE,
        fees=FREE,
        locations=("riverside-loc-12",),
        phones=(Phone("(512) 555-0400", ("es", "en")),),
        languages=("es", "en"),
        hours=[(1, "16:00", "18:00"), (5, "09:00", "11:00")],
        closures=(THANKSGIVING, CHRISTMAS),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=11,
    ),
    ServiceRecord(
        "riverside-svc-032",
        "riverside-org-07",
        ("food",),
        name=tr(
            "San José Community Dining Hall",
            "Comedor Comunitario San José",
            "圣何塞社区食堂",
            "Nhà ăn Cộng đồng San José",
            "قاعة الطعام المجتمعية سان خوسيه",
        ),
        description=tr(
            "A hot breakfast every day and lunch on weekdays, served by neighbors. Take-away plates for people who "
            "work early.",
            "Desayuno caliente todos los días y comida de lunes a viernes, servidos por vecinos. Platos para llevar "
            "para quienes trabajan temprano.",
            "每天提供热早餐，工作日提供午餐，由邻居们供应。为早班工作者提供外带餐。",
            "Bữa sáng nóng mỗi ngày và bữa trưa các ngày trong tuần, do hàng xóm phục vụ. Có suất mang về cho người đi "
            "làm sớm.",
            "فطور ساخن كل يوم وغداء في أيام الأسبوع، يقدمه الجيران. أطباق سفري لمن يعملون باكراً.",
        ),
        application=WALK_IN,
        eligibility=ANYONE,
        fees=FREE,
        locations=("riverside-loc-13",),
        languages=("es", "en"),
        hours=days("07:00", "09:00", range(7)) + days("11:30", "13:00"),
        closures=(CHRISTMAS,),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        verified_days_ago=260,
    ),
    ServiceRecord(
        "riverside-svc-033",
        "riverside-org-07",
        ("food", "case-management"),
        name=tr(
            "SNAP and WIC Application Help",
            "Ayuda para solicitar SNAP y WIC",
            "SNAP 和 WIC 申请协助",
            "Hỗ trợ Nộp đơn SNAP và WIC",
            "المساعدة في التقدم إلى SNAP وWIC",
        ),
        description=tr(
            "Staff help you apply for food benefits, renew them and answer letters from the state, in person or by "
            "phone.",
            "El personal le ayuda a solicitar beneficios de alimentos, renovarlos y responder cartas del estado, en "
            "persona o por teléfono.",
            "工作人员当面或通过电话帮助您申请和续办食品福利，并回复州政府的信件。",
            None,
            "يساعدك الموظفون في التقدم لإعانات الغذاء وتجديدها والرد على رسائل الولاية، شخصياً أو عبر الهاتف.",
        ),
        application=tr(
            "Call for an appointment or come to the warehouse office on Mondays and Wednesdays.",
            "Llame para hacer una cita o venga a la oficina del almacén los lunes y miércoles.",
            "请致电预约，或在周一和周三到仓库办公室。",
            "Gọi điện đặt hẹn hoặc đến văn phòng nhà kho vào thứ Hai và thứ Tư.",
            "اتصل لحجز موعد أو تعال إلى مكتب المستودع يومي الاثنين والأربعاء.",
        ),
        eligibility=ANYONE,
        fees=FREE,
        locations=("riverside-loc-12",),
        phones=(Phone("(512) 555-0401", ("es", "en", "vi")),),
        languages=("es", "en", "vi"),
        hours=days("09:00", "16:00", (0, 2)),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone", "walk_in"}),
        verified_days_ago=30,
    ),
    ServiceRecord(
        "riverside-svc-034",
        "riverside-org-09",
        ("transport",),
        name=tr(
            "Volunteer Rides to Appointments",
            "Viajes con conductores voluntarios a sus citas",
            "志愿者接送就诊",
            "Tình nguyện viên Đưa đón đến Cuộc hẹn",
            "توصيل المتطوعين إلى المواعيد",
        ),
        description=tr(
            "Volunteer drivers from your area take you to treatment, dosing, counseling, court and probation "
            "appointments, even from the most remote ranch roads.",
            "Conductores voluntarios de su zona le llevan a sus citas de tratamiento, dosis, consejería, tribunal y "
            "libertad condicional, incluso desde los caminos rurales más alejados.",
            "来自您所在地区的志愿司机接送您前往治疗、服药、心理咨询、法庭和缓刑报到，即使是最偏远的乡间道路也不例外。",
            "Tài xế tình nguyện trong vùng đưa bạn đến các cuộc hẹn điều trị, uống thuốc, tư vấn, tòa án và quản chế, "
            "kể "
            "cả từ những con đường nông trại xa xôi nhất.",
            "يوصلك سائقون متطوعون من منطقتك إلى مواعيد العلاج والجرعات والإرشاد والمحكمة والمراقبة، حتى من أبعد الطرق "
            "الريفية.",
        ),
        application=tr(
            "Call at least three days before your appointment. For daily dosing rides, ask about a standing booking.",
            "Llame al menos tres días antes de su cita. Para ir a su dosis diaria, pregunte por una reserva fija.",
            "请至少在预约前三天致电。如需每日服药接送，请询问固定预约。",
            "Gọi ít nhất ba ngày trước cuộc hẹn. Nếu cần đưa đón uống thuốc hằng ngày, hãy hỏi về lịch cố định.",
            "اتصل قبل موعدك بثلاثة أيام على الأقل. لرحلات الجرعات اليومية، اسأل عن حجز ثابت.",
        ),
        eligibility=ADULTS,
        fees=FREE,
        locations=("riverside-loc-15",),
        phones=(Phone("(512) 555-0500", ("es", "en")),),
        languages=("es", "en"),
        hours=days("06:00", "18:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        verified_days_ago=18,
    ),
    ServiceRecord(
        "riverside-svc-035",
        "riverside-org-09",
        ("transport",),
        name=tr(
            "Gas Cards for Treatment",
            "Tarjetas de gasolina para ir a tratamiento",
            "就医加油卡",
            "Thẻ Xăng để Đi Điều trị",
            "بطاقات وقود للذهاب إلى العلاج",
        ),
        description=tr(
            "This program has ended. For help getting to appointments, use the volunteer rides program.",
            "Este programa terminó. Para llegar a sus citas, use el programa de viajes con conductores voluntarios.",
            "该项目已结束。如需前往就诊的帮助，请使用志愿者接送项目。",
            "Chương trình này đã kết thúc. Để được giúp đi đến cuộc hẹn, hãy dùng chương trình đưa đón tình nguyện.",
            "انتهى هذا البرنامج. للمساعدة في الوصول إلى المواعيد، استخدم برنامج توصيل المتطوعين.",
        ),
        application=tr(
            "No longer taking requests.",
            "Ya no se reciben solicitudes.",
            "不再受理申请。",
            "Không còn nhận yêu cầu.",
            "لم يعد يقبل الطلبات.",
        ),
        eligibility=ADULTS,
        fees=FREE,
        locations=("riverside-loc-15",),
        languages=("es", "en"),
        costs=(FREE_COST,),
        status="inactive",
        verified_days_ago=400,
    ),
]
