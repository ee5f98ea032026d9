"""Texts many listings share (fees, eligibility, how to apply, holiday closures), in all five languages."""

from directory.demo.records import Closure, Cost, tr

# Fees
FREE = tr(
    "Free. No one is turned away.",
    "Gratis. No se rechaza a nadie.",
    "免费。不会拒绝任何人。",
    "Miễn phí. Không từ chối bất kỳ ai.",
    "مجاني. لا يُرفض أحد.",
)
FREE_CONFIDENTIAL = tr(
    "Free and confidential.",
    "Gratuito y confidencial.",
    "免费且保密。",
    "Miễn phí và bảo mật.",
    "مجاني وسري.",
)
SLIDING_SCALE = tr(
    "Sliding-scale fees based on household income; Medi-Cal, Medicare and most private insurance accepted.",
    "Tarifas según sus ingresos familiares; se aceptan Medi-Cal, Medicare y la mayoría de los seguros privados.",
    "根据家庭收入按比例收费；接受 Medi-Cal、Medicare 和大多数私人保险。",
    "Phí theo thu nhập hộ gia đình; nhận Medi-Cal, Medicare và hầu hết bảo hiểm tư nhân.",
    "رسوم متدرجة حسب دخل الأسرة؛ يُقبل Medi-Cal وMedicare ومعظم التأمينات الخاصة.",
)
SLIDING_SCALE_TX = tr(
    "Sliding-scale fees based on income; Medicaid, CHIP, Medicare and most private insurance accepted.",
    "Cuotas según ingresos; se aceptan Medicaid, CHIP, Medicare y la mayoría de los seguros médicos privados.",
    "根据收入按比例收费；接受 Medicaid、CHIP、Medicare 和大多数私人保险。",
    "Phí theo thu nhập; nhận Medicaid, CHIP, Medicare và hầu hết bảo hiểm tư nhân.",
    "رسوم متدرجة حسب الدخل؛ يُقبل Medicaid وCHIP وMedicare ومعظم التأمينات الخاصة.",
)

# Who can use a service
ANYONE = tr(
    "Anyone, of any age. You do not need to give your name.",
    "Cualquier persona, de cualquier edad. No necesita dar su nombre.",
    "任何年龄的任何人都可以。您无需提供姓名。",
    "Bất kỳ ai, ở mọi lứa tuổi. Bạn không cần cho biết tên.",
    "أي شخص من أي عمر. لا تحتاج إلى ذكر اسمك.",
)
ADULTS = tr(
    "Adults 18 and over who live or work in the area.",
    "Personas adultas de 18 años o más que vivan o trabajen en la zona.",
    "在本地区居住或工作的 18 岁及以上成年人。",
    "Người lớn từ 18 tuổi trở lên sống hoặc làm việc trong khu vực.",
    "البالغون من عمر 18 عاماً فأكثر ممن يعيشون أو يعملون في المنطقة.",
)
YOUTH = tr(
    "Young people aged 12 to 17; a parent or guardian may come too.",
    "Jóvenes de 12 a 17 años; puede acompañarlos su madre, padre o tutor.",
    "12 至 17 岁的青少年；父母或监护人可以陪同。",
    "Thanh thiếu niên từ 12 đến 17 tuổi; cha mẹ hoặc người giám hộ có thể đi cùng.",
    "الشباب من 12 إلى 17 عاماً؛ ويمكن أن يرافقهم أحد الوالدين أو الوصي.",
)
FAMILIES = tr(
    "Parents, partners, relatives and friends of someone living with mental illness or addiction.",
    "Padres, parejas, familiares y amistades de alguien que vive con una enfermedad mental o una adicción.",
    "精神疾病或成瘾者的父母、伴侣、亲属和朋友。",
    "Cha mẹ, người bạn đời, người thân và bạn bè của người đang sống chung với bệnh tâm thần hoặc nghiện.",
    "الآباء والأزواج والأقارب والأصدقاء لشخص يعيش مع مرض نفسي أو إدمان.",
)
IN_RECOVERY = tr(
    "Adults in recovery from alcohol or drug use, or thinking about it. Any pathway is welcome.",
    "Adultos en recuperación del consumo de alcohol o drogas, o que lo estén pensando. Todos los caminos son "
    "bienvenidos.",
    "正在从酒精或药物使用中康复、或正在考虑康复的成年人。欢迎任何康复途径。",
    "Người lớn đang phục hồi sau sử dụng rượu hoặc ma túy, hoặc đang cân nhắc. Mọi con đường đều được chào đón.",
    "البالغون المتعافون من تعاطي الكحول أو المخدرات أو من يفكرون في التعافي. كل المسارات مرحب بها.",
)

# How to get the help
CALL_ANY_TIME = tr(
    "Call or text any time. A trained counselor answers, usually within a minute.",
    "Llame o envíe un mensaje de texto a cualquier hora. Le atiende un consejero capacitado, casi siempre en un "
    "minuto.",
    "随时拨打电话或发短信。受过培训的咨询员通常会在一分钟内接听。",
    "Gọi hoặc nhắn tin bất cứ lúc nào. Tư vấn viên được đào tạo thường trả lời trong vòng một phút.",
    "اتصل أو أرسل رسالة نصية في أي وقت. يرد مستشار مدرَّب عادةً خلال دقيقة.",
)
WALK_IN = tr(
    "Walk in during opening hours; no appointment or ID needed.",
    "Venga sin cita durante el horario de atención; no necesita cita ni identificación.",
    "在开放时间内直接前来即可，无需预约或身份证件。",
    "Đến trực tiếp trong giờ mở cửa; không cần hẹn trước hay giấy tờ tùy thân.",
    "احضر خلال ساعات العمل؛ لا حاجة إلى موعد أو بطاقة هوية.",
)
CALL_FOR_APPOINTMENT = tr(
    "Call to book a first appointment; bring your insurance card if you have one.",
    "Llame para pedir su primera cita; traiga su tarjeta de seguro médico si la tiene.",
    "请致电预约首次就诊；如有保险卡请携带。",
    "Gọi điện để đặt lịch hẹn đầu tiên; mang theo thẻ bảo hiểm nếu có.",
    "اتصل لحجز الموعد الأول؛ أحضر بطاقة التأمين إن كانت لديك.",
)
JUST_COME = tr(
    "Just come along to any meeting. Arrive a few minutes early and say hello to the facilitator.",
    "Simplemente venga a cualquier reunión. Llegue unos minutos antes y salude a la persona facilitadora.",
    "直接参加任何一次聚会即可。请提前几分钟到达，并向主持人打个招呼。",
    "Chỉ cần đến bất kỳ buổi họp nào. Hãy đến sớm vài phút và chào người điều phối.",
    "تعالَ إلى أي اجتماع. احضر قبل بضع دقائق وسلّم على الميسّر.",
)
REFERRAL = tr(
    "Ask your counselor, case manager or doctor to send a referral; we call you within two business days.",
    "Pida a su consejero, gestor de casos o médico que envíe una referencia; le llamamos en dos días hábiles.",
    "请您的咨询师、个案经理或医生发送转介；我们会在两个工作日内给您回电。",
    "Hãy nhờ tư vấn viên, người quản lý hồ sơ hoặc bác sĩ gửi giấy giới thiệu; chúng tôi sẽ gọi lại trong hai ngày "
    "làm việc.",
    "اطلب من مرشدك أو مدير حالتك أو طبيبك إرسال إحالة؛ سنتصل بك خلال يومي عمل.",
)

# Cost options
FREE_COST = Cost("free")
INSURANCE_COST = Cost("insurance")
SLIDING_COST = Cost(
    "sliding scale",
    details=tr(
        "From $0 to $60 a visit, based on income",
        "De $0 a $60 por consulta, según sus ingresos",
        "每次 0 至 60 美元，视收入而定",
        "Từ 0 đến 60 đô la mỗi lần, tùy theo thu nhập",
        "من 0 إلى 60 دولاراً للزيارة حسب الدخل",
    ),
)

# Holiday closures
THANKSGIVING = Closure(
    11,
    26,
    tr(
        "Closed for Thanksgiving",
        "Cerrado por el Día de Acción de Gracias",
        "感恩节闭馆",
        "Đóng cửa dịp Lễ Tạ ơn",
        "مغلق بمناسبة عيد الشكر",
    ),
)
CHRISTMAS = Closure(
    12,
    25,
    tr(
        "Closed for Christmas Day",
        "Cerrado el día de Navidad",
        "圣诞节闭馆",
        "Đóng cửa ngày Giáng sinh",
        "مغلق يوم عيد الميلاد",
    ),
)
NEW_YEAR = Closure(
    1,
    1,
    tr(
        "Closed for New Year's Day",
        "Cerrado el día de Año Nuevo",
        "元旦闭馆",
        "Đóng cửa ngày đầu năm mới",
        "مغلق يوم رأس السنة الميلادية",
    ),
)

# How to reach a confidential location
SHELTER_CONTACT = tr(
    "Call the 24-hour hotline. An advocate will arrange a safe place to meet you.",
    "Llame a la línea de 24 horas. Una persona de apoyo acordará con usted un lugar seguro para encontrarse.",
    "请拨打 24 小时热线。援助人员会安排一个安全的地点与您见面。",
    "Hãy gọi đường dây nóng 24 giờ. Nhân viên hỗ trợ sẽ sắp xếp một nơi an toàn để gặp bạn.",
    "اتصل بالخط الساخن على مدار 24 ساعة. سيرتب معك أحد المناصرين مكاناً آمناً للقاء.",
)
RESIDENCE_CONTACT = tr(
    "Call the intake coordinator; the house address is given once a place is offered.",
    "Llame a la coordinación de admisiones; la dirección de la casa se da cuando se ofrece un lugar.",
    "请致电入住协调员；提供床位后才会告知住址。",
    "Hãy gọi điều phối viên tiếp nhận; địa chỉ nhà sẽ được cung cấp khi có chỗ.",
    "اتصل بمنسق القبول؛ يُعطى عنوان المنزل عند عرض مكان عليك.",
)
