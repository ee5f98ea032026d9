"""Riverside County: shelters, recovery homes and help keeping housing."""

from directory.demo.common import ADULTS, FREE, FREE_COST, IN_RECOVERY, REFERRAL, WALK_IN
from directory.demo.records import ALWAYS_OPEN, Cost, Phone, ServiceRecord, days, tr

SERVICES = [
    ServiceRecord(
        "riverside-svc-026",
        "riverside-org-05",
        ("housing", "emergency-shelter"),
        name=tr(
            "Safe Haven Emergency Shelter",
            "Albergue de Emergencia Refugio Seguro",
            "安全港紧急庇护所",
            "Nơi Trú ẩn Khẩn cấp Safe Haven",
            "مأوى الملاذ الآمن للطوارئ",
        ),
        description=tr(
            "A confidential shelter for survivors of family violence and their children, with meals, counseling, "
            "a children's program and help with protective orders and housing.",
            "Un albergue confidencial para sobrevivientes de violencia familiar y sus hijos, con comidas, consejería, "
            "programa infantil y ayuda con órdenes de protección y vivienda.",
            "为家庭暴力幸存者及其子女提供的保密庇护所，提供餐食、心理咨询、儿童项目，并协助申请保护令和寻找住房。",
            "Nơi trú ẩn bảo mật cho người sống sót sau bạo lực gia đình và con cái họ, có bữa ăn, tư vấn, chương trình "
            "cho trẻ em và hỗ trợ xin lệnh bảo vệ, tìm nhà ở.",
            "مأوى سري للناجين من العنف الأسري وأطفالهم، مع وجبات وإرشاد وبرنامج للأطفال ومساعدة في أوامر الحماية "
            "والسكن.",
        ),
        application=tr(
            "Call the family violence hotline at any hour; an advocate arranges your arrival safely.",
            "Llame a la línea de violencia familiar a cualquier hora; una persona defensora organiza su llegada de "
            "forma segura.",
            "随时拨打家庭暴力热线；援助人员会安全地安排您入住。",
            "Gọi đường dây bạo lực gia đình bất cứ giờ nào; nhân viên hỗ trợ sẽ sắp xếp để bạn đến nơi an toàn.",
            "اتصل بخط العنف الأسري في أي ساعة؛ يرتب أحد المناصرين وصولك بأمان.",
        ),
        eligibility=tr(
            "Survivors of family violence, of any gender, and their children.",
            "Sobrevivientes de violencia familiar de cualquier género y sus hijos.",
            "任何性别的家庭暴力幸存者及其子女。",
            "Người sống sót sau bạo lực gia đình thuộc mọi giới tính và con cái họ.",
            "الناجون من العنف الأسري من أي جنس وأطفالهم.",
        ),
        fees=FREE,
        locations=("riverside-loc-09",),
        phones=(Phone("(512) 555-0150", ("es", "en")),),
        languages=("es", "en", "vi"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST,),
        capacity=(3, "family rooms"),
        verified_days_ago=1,
    ),
    ServiceRecord(
        "riverside-svc-027",
        "riverside-org-06",
        ("housing", "recovery-housing"),
        name=tr(
            "New Life Women's Recovery Home",
            "Hogar de recuperación para mujeres Nueva Vida",
            "新生女性康复之家",
            "Nhà Phục hồi dành cho Phụ nữ Cuộc sống Mới",
            "بيت الحياة الجديدة لتعافي النساء",
        ),
        description=tr(
            "A recovery home for eight women, with house meetings, a peer house mother and rides to treatment. "
            "Women on medication for addiction are welcome.",
            "Un hogar de recuperación para ocho mujeres, con reuniones en casa, una madre de la casa que también "
            "está en recuperación y transporte a sus tratamientos. Se recibe a mujeres que toman medicamentos para "
            "la adicción.",
            "可容纳八名女性的康复之家，定期召开家庭会议，由同为康复者的舍监照看，并提供接送治疗服务。欢迎正在接受成瘾药物治疗的女性。",
            "Nhà phục hồi cho tám phụ nữ, có họp nhà, một người quản gia đồng đẳng và đưa đón đi điều trị. Chào đón "
            "phụ "
            "nữ đang dùng thuốc điều trị nghiện.",
            "بيت تعافٍ لثماني نساء، مع اجتماعات منزلية ومشرفة من الأقران وتوصيل إلى العلاج. نرحب بالنساء اللواتي "
            "يتناولن أدوية علاج الإدمان.",
        ),
        application=tr(
            "Call intake for a phone interview; the address is shared once a bed is offered.",
            "Llame a admisiones para una entrevista por teléfono; la dirección se comparte cuando se ofrece una cama.",
            "请致电入住部门进行电话面谈；提供床位后才会告知地址。",
            "Hãy gọi bộ phận tiếp nhận để phỏng vấn qua điện thoại; địa chỉ được cung cấp khi có giường.",
            "اتصل بقسم القبول لإجراء مقابلة هاتفية؛ يُعطى العنوان عند عرض سرير.",
        ),
        eligibility=tr(
            "Women 18 and over in recovery from alcohol or drugs.",
            "Mujeres de 18 años o más en recuperación del alcohol o las drogas.",
            "正在从酒精或毒品中康复的 18 岁及以上女性。",
            "Phụ nữ từ 18 tuổi trở lên đang phục hồi sau rượu bia hoặc ma túy.",
            "النساء من عمر 18 عاماً فأكثر المتعافيات من الكحول أو المخدرات.",
        ),
        fees=tr(
            "$140 a week, utilities included. The first two weeks can be covered by a state recovery grant.",
            "$140 a la semana, servicios incluidos. Las dos primeras semanas pueden cubrirse con una beca estatal de "
            "recuperación.",
            "每周 140 美元，含水电费。前两周可由州康复补助金支付。",
            "140 đô la mỗi tuần, bao gồm điện nước. Hai tuần đầu có thể được trợ cấp phục hồi của tiểu bang chi trả.",
            "140 دولاراً أسبوعياً شاملة المرافق. يمكن تغطية الأسبوعين الأولين بمنحة تعافٍ من الولاية.",
        ),
        locations=("riverside-loc-10",),
        phones=(Phone("(512) 555-0170", ("es", "en")),),
        languages=("es", "en"),
        costs=(Cost("fee", 140, tr("Per week", "Por semana", "每周", "Mỗi tuần", "أسبوعياً")),),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        capacity=(1, "beds"),
        verified_days_ago=9,
    ),
    ServiceRecord(
        "riverside-svc-028",
        "riverside-org-06",
        ("housing", "recovery-housing"),
        name=tr(
            "New Life Men's Recovery Home",
            "Hogar de recuperación para hombres Nueva Vida",
            "新生男性康复之家",
            "Nhà Phục hồi dành cho Nam giới Cuộc sống Mới",
            "بيت الحياة الجديدة لتعافي الرجال",
        ),
        description=tr(
            "Sober living for ten men in Cedar Bend, close to the workforce center, with weekly house meetings and "
            "a shared garden.",
            "Vivienda sobria para diez hombres en Cedar Bend, cerca del centro de empleo, con reuniones semanales en "
            "casa y un huerto compartido.",
            "位于雪松湾的十人男性清醒生活之家，靠近就业中心，每周召开家庭会议，并有共享菜园。",
            "Nhà sống tỉnh táo cho mười nam giới ở Cedar Bend, gần trung tâm việc làm, có họp nhà hằng tuần và vườn "
            "rau "
            "chung.",
            "سكن خالٍ من التعاطي لعشرة رجال في سيدار بند، قرب مركز التوظيف، مع اجتماعات منزلية أسبوعية وحديقة مشتركة.",
        ),
        application=tr(
            "Call intake; you can usually move in within a few days.",
            "Llame a admisiones; normalmente puede mudarse en pocos días.",
            "请致电入住部门；通常几天内即可入住。",
            "Hãy gọi bộ phận tiếp nhận; thường có thể dọn vào trong vài ngày.",
            "اتصل بقسم القبول؛ يمكنك عادةً الانتقال خلال أيام قليلة.",
        ),
        eligibility=IN_RECOVERY,
        fees=tr(
            "$125 a week, utilities included.",
            "$125 a la semana, servicios incluidos.",
            "每周 125 美元，含水电费。",
            "125 đô la mỗi tuần, bao gồm điện nước.",
            "125 دولاراً أسبوعياً شاملة المرافق.",
        ),
        locations=("riverside-loc-11",),
        phones=(Phone("(512) 555-0171", ("es", "en")),),
        languages=("es", "en"),
        costs=(Cost("fee", 125, tr("Per week", "Por semana", "每周", "Mỗi tuần", "أسبوعياً")),),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        capacity=(0, "beds"),
        verified_days_ago=200,
    ),
    ServiceRecord(
        "riverside-svc-029",
        "riverside-org-01",
        ("housing", "emergency-shelter"),
        name=tr(
            "Overnight Emergency Shelter",
            "Albergue nocturno de emergencia",
            "夜间紧急庇护所",
            "Nơi Trú ẩn Khẩn cấp Qua đêm",
            "مأوى الطوارئ الليلي",
        ),
        description=tr(
            "Cots, showers, supper and breakfast for adults with nowhere to sleep. Open on cold and hot-weather alert "
            "nights too.",
            "Catres, regaderas, cena y desayuno para personas adultas sin dónde dormir. También abre las noches de "
            "alerta por frío o calor extremo.",
            "为无处可睡的成年人提供行军床、淋浴、晚餐和早餐。极寒或酷热预警之夜也开放。",
            "Giường xếp, vòi sen, bữa tối và bữa sáng cho người lớn không có chỗ ngủ. Cũng mở cửa vào những đêm cảnh "
            "báo "
            "lạnh hoặc nóng.",
            "أسرّة متنقلة واستحمام وعشاء وفطور للبالغين الذين لا مكان لهم للنوم. يفتح أيضاً في ليالي إنذار البرد أو "
            "الحر.",
        ),
        alert=tr(
            "Closed for roof repairs until further notice. Call the crisis line for a bed at a partner shelter.",
            "Cerrado por reparaciones del techo hasta nuevo aviso. Llame a la línea de crisis para conseguir una "
            "cama en otro albergue.",
            "因屋顶维修暂停开放，另行通知。请拨打危机热线，在合作庇护所获取床位。",
            "Tạm đóng cửa để sửa mái nhà cho đến khi có thông báo mới. Gọi đường dây khủng hoảng để có giường ở nơi "
            "trú "
            "ẩn đối tác.",
            "مغلق لإصلاح السقف حتى إشعار آخر. اتصل بخط الأزمات للحصول على سرير في مأوى شريك.",
        ),
        application=WALK_IN,
        eligibility=ADULTS,
        fees=FREE,
        locations=("riverside-loc-02",),
        phones=(Phone("(512) 555-0111", ("es", "en")),),
        languages=("es", "en"),
        hours=days("19:00", "23:59", range(7)) + days("00:00", "07:00", range(7)),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=18,
        status="temporarily closed",
        capacity=(0, "beds"),
        verified_days_ago=4,
    ),
    ServiceRecord(
        "riverside-svc-030",
        "riverside-org-01",
        ("housing", "case-management"),
        name=tr(
            "Rent and Deposit Assistance",
            "Ayuda con la renta y el depósito",
            "租金和押金援助",
            "Hỗ trợ Tiền thuê nhà và Tiền đặt cọc",
            "المساعدة في الإيجار والتأمين",
        ),
        description=tr(
            "One-time help with back rent, a deposit or a utility bill to keep you housed or get you into a new home, "
            "with a housing counselor to plan what comes next.",
            "Ayuda por una sola vez con renta atrasada, un depósito o un recibo de luz para que conserve su vivienda "
            "o consiga una nueva, con una consejera de vivienda para planear los siguientes pasos.",
            "一次性补助拖欠的房租、押金或水电费，帮助您保住住房或搬进新家，并由住房顾问帮您规划下一步。",
            "Hỗ trợ một lần tiền thuê nợ, tiền đặt cọc hoặc hóa đơn điện nước để bạn giữ được chỗ ở hoặc chuyển vào "
            "nhà "
            "mới, cùng tư vấn viên nhà ở để lên kế hoạch tiếp theo.",
            "مساعدة لمرة واحدة في الإيجار المتأخر أو التأمين أو فاتورة المرافق لتبقى في مسكنك أو تنتقل إلى مسكن جديد، "
            "مع "
            "مستشار سكن للتخطيط للخطوات التالية.",
        ),
        application=REFERRAL,
        eligibility=tr(
            "County residents with low income who are in treatment or recovery.",
            "Residentes del condado con bajos ingresos que estén en tratamiento o en recuperación.",
            "正在接受治疗或处于康复中的低收入本县居民。",
            "Cư dân trong quận có thu nhập thấp đang điều trị hoặc phục hồi.",
            "سكان المقاطعة ذوو الدخل المحدود ممن يتلقون العلاج أو في مرحلة التعافي.",
        ),
        fees=FREE,
        locations=("riverside-loc-01",),
        phones=(Phone("(512) 555-0121", ("es", "en")),),
        languages=("es", "en"),
        hours=days("08:00", "17:00"),
        costs=(FREE_COST,),
        flags=frozenset({"referral_required"}),
        verified_days_ago=37,
    ),
]
