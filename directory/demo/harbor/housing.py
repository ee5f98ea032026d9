"""Harbor City: emergency shelter, domestic-violence help and recovery housing."""

from directory.demo.common import ANYONE, FREE, FREE_CONFIDENTIAL, FREE_COST, REFERRAL
from directory.demo.records import ALWAYS_OPEN, Cost, Phone, ServiceRecord, days, tr

SURVIVORS = tr(
    "Adults fleeing domestic violence, with or without children, of any gender.",
    "Personas adultas que huyen de la violencia doméstica, con o sin hijos, de cualquier género.",
    "逃离家庭暴力的成年人，无论是否带孩子，不论性别。",
    "Người lớn đang chạy trốn bạo lực gia đình, có hoặc không có con, thuộc mọi giới tính.",
    "البالغون الفارّون من العنف الأسري، مع أطفال أو بدونهم، من أي جنس.",
)

SERVICES = [
    ServiceRecord(
        "harbor-svc-027",
        "harbor-org-05",
        ("crisis", "crisis-line"),
        name=tr(
            "Domestic Violence Hotline",
            "Línea directa contra la violencia doméstica",
            "家庭暴力求助热线",
            "Đường dây Nóng về Bạo lực Gia đình",
            "الخط الساخن للعنف الأسري",
        ),
        description=tr(
            "Talk with an advocate about your safety, make a safety plan, or find a shelter bed tonight.",
            "Hable con una persona de apoyo sobre su seguridad, haga un plan de seguridad o encuentre una cama en un "
            "albergue esta noche.",
            "与援助人员谈谈您的安全，制定安全计划，或今晚就找到庇护所床位。",
            "Nói chuyện với nhân viên hỗ trợ về sự an toàn của bạn, lập kế hoạch an toàn, hoặc tìm chỗ ngủ ở nơi trú "
            "ẩn ngay tối nay.",
            "تحدث مع مناصر بشأن سلامتك، أو ضع خطة أمان، أو اعثر على سرير في مأوى الليلة.",
        ),
        application=tr(
            "Call any time. If it is not safe to talk, text the word SAFE.",
            "Llame a cualquier hora. Si no es seguro hablar, envíe la palabra SEGURO por mensaje de texto.",
            "随时来电。如果不方便通话，请发送短信 SAFE。",
            "Gọi bất cứ lúc nào. Nếu nói chuyện không an toàn, hãy nhắn chữ SAFE.",
            "اتصل في أي وقت. إذا لم يكن الكلام آمناً، أرسل كلمة SAFE برسالة نصية.",
        ),
        eligibility=ANYONE,
        fees=FREE_CONFIDENTIAL,
        locations=("harbor-loc-09",),
        phones=(
            Phone("(562) 555-0155", ("en", "es", "ar", "vi", "zh-hans")),
            Phone("(562) 555-0155", ("en", "es"), kind="text"),
        ),
        languages=("en", "es", "ar", "vi", "zh-hans", "asl"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST,),
        verified_days_ago=5,
    ),
    ServiceRecord(
        "harbor-svc-028",
        "harbor-org-05",
        ("housing", "emergency-shelter"),
        name=tr(
            "Lighthouse Emergency Shelter",
            "Albergue de emergencia Lighthouse",
            "灯塔紧急庇护所",
            "Nơi Trú ẩn Khẩn cấp Lighthouse",
            "مأوى المنارة للطوارئ",
        ),
        description=tr(
            "A safe, confidential shelter for up to 60 days, with private family rooms, meals, counseling and help "
            "finding long-term housing. Pets welcome.",
            "Un albergue seguro y confidencial por hasta 60 días, con habitaciones privadas para familias, comidas, "
            "consejería y ayuda para encontrar vivienda a largo plazo. Se aceptan mascotas.",
            "安全、保密的庇护所，最长可住 60 天，提供家庭独立房间、餐食、心理咨询，并帮助寻找长期住房。欢迎携带宠物。",
            "Nơi trú ẩn an toàn, bảo mật đến 60 ngày, có phòng riêng cho gia đình, bữa ăn, tư vấn và hỗ trợ tìm nhà ở "
            "lâu dài. Chào đón thú cưng.",
            "مأوى آمن وسري لمدة تصل إلى 60 يوماً، مع غرف عائلية خاصة ووجبات وإرشاد ومساعدة في إيجاد سكن طويل الأمد. "
            "الحيوانات الأليفة مرحب بها.",
        ),
        application=tr(
            "Call the hotline; an advocate does a short screening by phone and arranges a safe pickup.",
            "Llame a la línea directa; una persona de apoyo hace una breve evaluación por teléfono y organiza "
            "que la recojan en un lugar seguro.",
            "请拨打热线；援助人员会通过电话进行简短评估并安排安全接送。",
            "Hãy gọi đường dây nóng; nhân viên hỗ trợ sẽ sàng lọc ngắn qua điện thoại và sắp xếp đón bạn an toàn.",
            "اتصل بالخط الساخن؛ يجري أحد المناصرين تقييماً قصيراً عبر الهاتف ويرتب نقلك بأمان.",
        ),
        eligibility=SURVIVORS,
        fees=FREE,
        locations=("harbor-loc-08",),
        phones=(Phone("(562) 555-0155", ("en", "es", "ar")),),
        languages=("en", "es", "ar", "vi"),
        hours=ALWAYS_OPEN,
        costs=(FREE_COST,),
        minimum_age=18,
        capacity=(4, "family rooms"),
        verified_days_ago=1,
    ),
    ServiceRecord(
        "harbor-svc-029",
        "harbor-org-06",
        ("housing", "recovery-housing"),
        name=tr(
            "Anchor House for Men",
            "Anchor House para hombres",
            "锚屋男性康复之家",
            "Anchor House dành cho Nam giới",
            "أنكر هاوس للرجال",
        ),
        description=tr(
            "A certified recovery residence for 12 men: shared rooms, house meetings, chores and a house manager in "
            "long-term recovery. Residents on methadone or buprenorphine are welcome.",
            "Una residencia de recuperación certificada para 12 hombres: cuartos compartidos, reuniones de la casa, "
            "tareas y un encargado con años de recuperación. Se acepta a residentes con metadona o buprenorfina.",
            "可容纳 12 名男性的认证康复之家：合住房间、家庭会议、分担家务，由长期康复的舍监管理。"
            "欢迎正在使用美沙酮或丁丙诺啡的住户。",
            "Nhà phục hồi được chứng nhận cho 12 nam giới: phòng ở chung, họp nhà, việc nhà và quản lý nhà là người đã "
            "phục hồi lâu năm. Chào đón cư dân đang dùng methadone hoặc buprenorphine.",
            "مسكن تعافٍ معتمد لـ 12 رجلاً: غرف مشتركة واجتماعات منزلية ومهام منزلية ومدير منزل متعافٍ منذ زمن طويل. "
            "نرحب بالمقيمين الذين يتناولون الميثادون أو البوبرينورفين.",
        ),
        application=tr(
            "Call the intake coordinator for a phone interview; move-in can happen within a week.",
            "Llame a la coordinación de admisiones para una entrevista por teléfono; puede mudarse en menos de una "
            "semana.",
            "请致电入住协调员进行电话面谈；一周内即可入住。",
            "Hãy gọi điều phối viên tiếp nhận để phỏng vấn qua điện thoại; có thể dọn vào trong vòng một tuần.",
            "اتصل بمنسق القبول لإجراء مقابلة هاتفية؛ يمكن الانتقال خلال أسبوع.",
        ),
        eligibility=tr(
            "Men 18 and over with at least 7 days free of alcohol and drugs.",
            "Hombres de 18 años o más con al menos 7 días sin consumir alcohol ni drogas.",
            "18 岁及以上、已至少 7 天未使用酒精和毒品的男性。",
            "Nam giới từ 18 tuổi trở lên đã không dùng rượu bia và ma túy ít nhất 7 ngày.",
            "الرجال من عمر 18 عاماً فأكثر ممن امتنعوا عن الكحول والمخدرات 7 أيام على الأقل.",
        ),
        fees=tr(
            "$650 a month, including utilities. Help applying for rental assistance is available.",
            "$650 al mes, servicios incluidos. Le ayudamos a solicitar asistencia para la renta.",
            "每月 650 美元，含水电费。可协助申请租金补助。",
            "650 đô la mỗi tháng, bao gồm điện nước. Có hỗ trợ nộp đơn xin trợ cấp tiền thuê nhà.",
            "650 دولاراً شهرياً شاملة المرافق. تتوفر مساعدة في التقدم لدعم الإيجار.",
        ),
        locations=("harbor-loc-10",),
        phones=(Phone("(562) 555-0170", ("en", "es")),),
        languages=("en", "es"),
        costs=(
            Cost(
                "fee",
                650,
                tr("Per month", "Al mes", "每月", "Mỗi tháng", "شهرياً"),
            ),
        ),
        flags=frozenset({"appointment_by_phone"}),
        minimum_age=18,
        capacity=(2, "beds"),
        verified_days_ago=12,
    ),
    ServiceRecord(
        "harbor-svc-030",
        "harbor-org-06",
        ("housing", "recovery-housing", "childcare"),
        name=tr(
            "Anchor House for Mothers and Children",
            "Anchor House para madres con hijos",
            "锚屋母婴康复之家",
            "Anchor House dành cho Mẹ và Con",
            "أنكر هاوس للأمهات والأطفال",
        ),
        description=tr(
            "Recovery housing where mothers live with their children under 10, with on-site childcare during "
            "treatment hours and parenting groups.",
            "Vivienda de recuperación donde las madres viven con sus hijos menores de 10 años, con cuidado infantil "
            "en el lugar durante el tratamiento y grupos de crianza.",
            "母亲可与 10 岁以下子女同住的康复住房，治疗期间提供现场托儿服务，并有育儿小组。",
            None,
            "سكن للتعافي تعيش فيه الأمهات مع أطفالهن دون العاشرة، مع رعاية للأطفال في الموقع أثناء ساعات العلاج "
            "ومجموعات للتربية.",
        ),
        application=REFERRAL,
        eligibility=tr(
            "Mothers 18 and over in treatment for substance use, with children under 10.",
            "Madres de 18 años o más en tratamiento por consumo de sustancias, con hijos menores de 10 años.",
            "正在接受物质使用治疗、有 10 岁以下子女的 18 岁及以上母亲。",
            "Các bà mẹ từ 18 tuổi đang điều trị sử dụng chất, có con dưới 10 tuổi.",
            "الأمهات من عمر 18 عاماً فأكثر ممن يتلقين علاجاً لتعاطي المواد ولديهن أطفال دون العاشرة.",
        ),
        fees=tr(
            "Rent is 30% of income; no one is refused for inability to pay.",
            "La renta es el 30 % de sus ingresos; no se rechaza a nadie por no poder pagar.",
            "租金为收入的 30%；不会因无力支付而拒绝任何人。",
            "Tiền thuê bằng 30% thu nhập; không ai bị từ chối vì không có khả năng chi trả.",
            "الإيجار 30% من الدخل؛ لا يُرفض أحد لعدم قدرته على الدفع.",
        ),
        locations=("harbor-loc-10",),
        phones=(Phone("(562) 555-0171", ("en", "es")),),
        languages=("en", "es"),
        costs=(
            Cost(
                "sliding scale",
                details=tr("30% of income", "30 % de los ingresos", "收入的 30%", "30% thu nhập", "30% من الدخل"),
            ),
        ),
        flags=frozenset({"referral_required"}),
        minimum_age=18,
        capacity=(0, "family rooms"),
        verified_days_ago=45,
    ),
    ServiceRecord(
        "harbor-svc-031",
        "harbor-org-01",
        ("housing", "emergency-shelter"),
        name=tr(
            "Winter Emergency Shelter",
            "Albergue de emergencia de invierno",
            "冬季紧急庇护所",
            "Nơi Trú ẩn Khẩn cấp Mùa đông",
            "مأوى الطوارئ الشتوي",
        ),
        description=tr(
            "Overnight beds, a hot dinner and breakfast from December to March. Partners, pets and belongings "
            "welcome; no sobriety requirement.",
            "Camas para pasar la noche, cena caliente y desayuno de diciembre a marzo. Se aceptan parejas, mascotas y "
            "pertenencias; no se exige estar sobrio.",
            "12 月至 3 月提供过夜床位、热晚餐和早餐。欢迎伴侣、宠物和随身物品；不要求保持清醒。",
            "Giường ngủ qua đêm, bữa tối nóng và bữa sáng từ tháng Mười hai đến tháng Ba. Chào đón bạn đời, thú cưng "
            "và đồ đạc; không yêu cầu phải tỉnh táo.",
            "أسرّة للمبيت وعشاء ساخن وفطور من ديسمبر إلى مارس. نرحب بالشركاء والحيوانات الأليفة والأمتعة؛ ولا يُشترط "
            "الامتناع عن التعاطي.",
        ),
        application=tr(
            "Line up at the door from 6 p.m.; beds are first come, first served.",
            "Haga fila en la puerta desde las 6 p. m.; las camas se asignan por orden de llegada.",
            "晚上 6 点起在门口排队；床位先到先得。",
            "Xếp hàng tại cửa từ 6 giờ tối; giường được cấp theo thứ tự đến trước.",
            "اصطف عند الباب ابتداءً من السادسة مساءً؛ الأسرّة حسب أسبقية الحضور.",
        ),
        eligibility=tr(
            "Adults 18 and over without a safe place to sleep.",
            "Personas adultas de 18 años o más sin un lugar seguro donde dormir.",
            "没有安全住处的 18 岁及以上成年人。",
            "Người lớn từ 18 tuổi trở lên không có nơi ngủ an toàn.",
            "البالغون من عمر 18 عاماً فأكثر ممن ليس لديهم مكان آمن للنوم.",
        ),
        fees=FREE,
        locations=("harbor-loc-02",),
        phones=(Phone("(562) 555-0112", ("en", "es")),),
        languages=("en", "es"),
        hours=days("18:00", "23:59", range(7)) + days("00:00", "07:00", range(7)),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=18,
        capacity=(17, "beds"),
        verified_days_ago=2,
    ),
]
