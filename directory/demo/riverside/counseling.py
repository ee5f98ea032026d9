"""Riverside County: therapy and counseling, in person, in groups and by video."""

from directory.demo.common import (
    ADULTS,
    CALL_FOR_APPOINTMENT,
    CHRISTMAS,
    FREE,
    FREE_COST,
    INSURANCE_COST,
    NEW_YEAR,
    SLIDING_COST,
    SLIDING_SCALE_TX,
    YOUTH,
)
from directory.demo.records import Phone, ServiceRecord, days, tr

SERVICES = [
    ServiceRecord(
        "riverside-svc-007",
        "riverside-org-02",
        ("counseling", "individual-counseling"),
        name=tr(
            "Bilingual Individual Therapy",
            "Terapia individual en español e inglés",
            "双语个人心理治疗",
            "Trị liệu Cá nhân Song ngữ",
            "العلاج النفسي الفردي بلغتين",
        ),
        description=tr(
            "Licensed therapists and counselors help with depression, anxiety, grief, trauma and problems with "
            "alcohol or drugs, in Spanish or English.",
            "Terapeutas y consejeros con licencia le ayudan con la depresión, la ansiedad, el duelo, los traumas y "
            "los problemas con el alcohol o las drogas, en español o en inglés.",
            "持证治疗师和咨询师用西班牙语或英语帮助您应对抑郁、焦虑、哀伤、创伤以及酒精或药物问题。",
            "Nhà trị liệu và tư vấn viên có giấy phép giúp bạn vượt qua trầm cảm, lo âu, mất mát, sang chấn và các "
            "vấn đề về rượu bia hay ma túy, bằng tiếng Tây Ban Nha hoặc tiếng Anh.",
            "يساعدك معالجون ومرشدون مرخَّصون في الاكتئاب والقلق والحزن والصدمات ومشكلات الكحول أو المخدرات، "
            "بالإسبانية أو الإنجليزية.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=ADULTS,
        fees=SLIDING_SCALE_TX,
        locations=("riverside-loc-04", "riverside-loc-05"),
        phones=(Phone("(512) 555-0200", ("es", "en")),),
        languages=("es", "en"),
        # Split days: closed for lunch on Tuesdays and Fridays; late on Wednesdays.
        hours=[
            (0, "08:00", "17:00"),
            (1, "08:00", "12:00"),
            (1, "13:30", "17:00"),
            (2, "08:00", "20:00"),
            (3, "08:00", "17:00"),
            (4, "08:00", "12:00"),
            (4, "13:30", "16:00"),
        ],
        closures=(CHRISTMAS, NEW_YEAR),
        costs=(SLIDING_COST, INSURANCE_COST),
        flags=frozenset({"appointment_by_phone", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=11,
    ),
    ServiceRecord(
        "riverside-svc-008",
        "riverside-org-02",
        ("counseling", "group-counseling"),
        name=tr(
            "Evening Therapy Groups",
            "Terapias de grupo por la tarde",
            "晚间团体治疗",
            "Trị liệu Nhóm Buổi tối",
            "جلسات العلاج الجماعي المسائية",
        ),
        description=tr(
            "Weekly groups for managing anxiety and depression, and a relapse-prevention group for people in early "
            "recovery. Groups run in Spanish and in English.",
            "Grupos semanales para manejar la ansiedad y la depresión, y un grupo de prevención de recaídas para "
            "personas que empiezan a recuperarse. Los grupos se dan en español y en inglés.",
            "每周开设焦虑和抑郁管理小组，以及面向康复初期人士的预防复发小组。小组以西班牙语和英语进行。",
            "Các nhóm hằng tuần để kiểm soát lo âu và trầm cảm, và nhóm phòng ngừa tái nghiện cho người mới phục hồi. "
            "Nhóm sinh hoạt bằng tiếng Tây Ban Nha và tiếng Anh.",
            "مجموعات أسبوعية للتعامل مع القلق والاكتئاب، ومجموعة للوقاية من الانتكاس لمن هم في بداية التعافي. تُعقد "
            "المجموعات بالإسبانية والإنجليزية.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=ADULTS,
        fees=SLIDING_SCALE_TX,
        locations=("riverside-loc-04",),
        phones=(Phone("(512) 555-0200", ("es", "en")),),
        languages=("es", "en"),
        hours=[(0, "18:00", "19:30"), (1, "18:00", "19:30"), (3, "18:30", "20:00")],
        costs=(SLIDING_COST, INSURANCE_COST),
        flags=frozenset({"appointment_by_phone", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=230,
    ),
    ServiceRecord(
        "riverside-svc-009",
        "riverside-org-12",
        ("counseling", "individual-counseling"),
        name=tr(
            "Counseling for Teens",
            "Consejería para jóvenes",
            "青少年心理咨询",
            "Tư vấn cho Thanh thiếu niên",
            "الإرشاد النفسي للشباب",
        ),
        description=tr(
            "Counselors who work with teens meet them at the center or at school to talk about stress, family "
            "problems, self-harm, vaping or drinking.",
            "Consejeros que trabajan con jóvenes se reúnen con ellos en el centro o en la escuela para hablar del "
            "estrés, los problemas familiares, las autolesiones, el vapeo o el alcohol.",
            "专门服务青少年的咨询师在中心或学校与他们会面，谈论压力、家庭问题、自伤、电子烟或饮酒。",
            "Tư vấn viên làm việc với thanh thiếu niên gặp các em tại trung tâm hoặc ở trường để nói về căng thẳng, "
            "chuyện gia đình, tự làm hại bản thân, thuốc lá điện tử hoặc uống rượu.",
            "يلتقي مرشدون متخصصون بالمراهقين في المركز أو في المدرسة للحديث عن التوتر ومشكلات الأسرة وإيذاء النفس "
            "والتدخين الإلكتروني أو الشرب.",
        ),
        application=tr(
            "Call or stop by after school. Parental consent is needed for ongoing counseling under 18.",
            "Llame o pase después de clases. Para una consejería continua de menores de 18 años se necesita el "
            "permiso de la madre, el padre o el tutor.",
            "请致电或放学后过来。未满 18 岁者接受持续咨询需要家长同意。",
            "Hãy gọi hoặc ghé qua sau giờ học. Dưới 18 tuổi cần cha mẹ đồng ý để tư vấn lâu dài.",
            "اتصل أو تعالَ بعد المدرسة. يلزم موافقة ولي الأمر للإرشاد المستمر لمن هم دون 18 عاماً.",
        ),
        eligibility=YOUTH,
        fees=FREE,
        locations=("riverside-loc-18",),
        phones=(Phone("(512) 555-0140", ("es", "en")),),
        languages=("es", "en"),
        hours=days("13:00", "19:00"),
        costs=(FREE_COST,),
        flags=frozenset({"walk_in", "appointment_by_phone"}),
        minimum_age=12,
        maximum_age=17,
        verified_days_ago=19,
    ),
    ServiceRecord(
        "riverside-svc-010",
        "riverside-org-02",
        ("counseling", "individual-counseling"),
        name=tr(
            "Teletherapy for Rural Residents",
            "Teleterapia para zonas rurales",
            "农村居民远程心理治疗",
            "Trị liệu Từ xa cho Cư dân Nông thôn",
            "العلاج النفسي عن بُعد لسكان الريف",
        ),
        description=tr(
            "Therapy sessions by video or phone for people who live far from town. If you have no internet, you can "
            "use a private room at the San Isidro clinic.",
            "Sesiones de terapia por video o por teléfono para quienes viven lejos de la ciudad. Si no tiene internet, "
            "puede usar una sala privada en la clínica de San Isidro.",
            "为住得离城镇较远的人提供视频或电话心理治疗。如果您没有网络，可以使用圣伊西德罗诊所的私人房间。",
            None,
            "جلسات علاج عبر الفيديو أو الهاتف لمن يعيشون بعيداً عن المدينة. إن لم يكن لديك إنترنت، يمكنك استخدام "
            "غرفة خاصة في عيادة سان إيسيدرو.",
        ),
        application=CALL_FOR_APPOINTMENT,
        eligibility=ADULTS,
        fees=SLIDING_SCALE_TX,
        locations=("riverside-loc-06",),
        phones=(Phone("(512) 555-0201", ("es", "en")),),
        languages=("es", "en"),
        hours=days("08:00", "20:00"),
        costs=(SLIDING_COST, INSURANCE_COST),
        flags=frozenset({"online", "appointment_by_phone", "insurance_accepted"}),
        minimum_age=18,
        verified_days_ago=8,
    ),
    ServiceRecord(
        "riverside-svc-011",
        "riverside-org-03",
        ("counseling", "group-counseling"),
        name=tr(
            "Men's Circle: Emotions and Recovery",
            "Círculo de Hombres: emociones y recuperación",
            "男性互助圈：情绪与康复",
            "Vòng tròn Nam giới: Cảm xúc và Phục hồi",
            "حلقة الرجال: المشاعر والتعافي",
        ),
        description=tr(
            "A weekly group, led by a counselor and a peer, where men talk about anger, shame, fatherhood and staying "
            "sober without being judged.",
            "Un grupo semanal, guiado por un consejero y un compañero en recuperación, donde los hombres hablan del "
            "enojo, la vergüenza, la paternidad y de mantenerse sobrios sin ser juzgados.",
            "每周一次的小组，由一名咨询师和一名同伴带领，男性可以在不被评判的环境中谈论愤怒、羞耻、父亲角色和保持清醒。",
            "Nhóm hằng tuần do một tư vấn viên và một người đồng đẳng dẫn dắt, nơi nam giới nói về sự tức giận, xấu "
            "hổ, "
            "làm cha và giữ tỉnh táo mà không bị phán xét.",
            "مجموعة أسبوعية يقودها مرشد وأحد الأقران، يتحدث فيها الرجال عن الغضب والخجل والأبوة والبقاء بعيداً عن "
            "التعاطي دون أحكام.",
        ),
        application=tr(
            "Come to any Thursday meeting; no sign-up needed.",
            "Venga a cualquier reunión de los jueves; no hace falta inscribirse.",
            "任何一个周四来参加即可，无需报名。",
            "Đến bất kỳ buổi họp thứ Năm nào; không cần đăng ký.",
            "تعالَ إلى أي اجتماع يوم الخميس؛ لا حاجة إلى التسجيل.",
        ),
        eligibility=ADULTS,
        fees=FREE,
        locations=("riverside-loc-07",),
        languages=("es", "en"),
        hours=[(3, "19:00", "20:30")],
        costs=(FREE_COST,),
        flags=frozenset({"walk_in"}),
        minimum_age=18,
        verified_days_ago=26,
    ),
    ServiceRecord(
        "riverside-svc-012",
        "riverside-org-05",
        ("counseling", "individual-counseling", "group-counseling"),
        name=tr(
            "Counseling for Survivors",
            "Consejería para sobrevivientes",
            "幸存者心理咨询",
            "Tư vấn cho Người sống sót",
            "الإرشاد النفسي للناجين",
        ),
        description=tr(
            "Free individual and group counseling for adults and children who have lived through family violence or "
            "sexual assault, whether or not they stay at the shelter.",
            "Consejería individual y en grupo, gratuita, para adultos y niños que han vivido violencia familiar o "
            "agresión sexual, se alojen o no en el albergue.",
            "为经历过家庭暴力或性侵犯的成人和儿童提供免费的个人和团体咨询，无论他们是否住在庇护所。",
            "Tư vấn cá nhân và nhóm miễn phí cho người lớn và trẻ em từng trải qua bạo lực gia đình hoặc tấn công "
            "tình dục, dù có ở nơi trú ẩn hay không.",
            "إرشاد فردي وجماعي مجاني للبالغين والأطفال الذين عاشوا عنفاً أسرياً أو اعتداءً جنسياً، سواء أقاموا في "
            "المأوى أم لا.",
        ),
        application=tr(
            "Call the hotline and ask for counseling; an advocate will set a time and a safe place to meet.",
            "Llame a la línea de ayuda y pida consejería; una persona defensora fijará una hora y un lugar seguro.",
            "请拨打热线并要求心理咨询；援助人员会安排时间和安全的见面地点。",
            "Hãy gọi đường dây nóng và yêu cầu tư vấn; nhân viên hỗ trợ sẽ hẹn giờ và nơi gặp an toàn.",
            "اتصل بالخط الساخن واطلب الإرشاد؛ سيحدد أحد المناصرين موعداً ومكاناً آمناً للقاء.",
        ),
        eligibility=tr(
            "Survivors of any age and gender, and their non-offending family members.",
            "Sobrevivientes de cualquier edad y género, y sus familiares que no ejercieron la violencia.",
            "任何年龄和性别的幸存者，以及未施暴的家庭成员。",
            "Người sống sót ở mọi độ tuổi và giới tính, và những người thân không gây bạo lực.",
            "الناجون من أي عمر وجنس، وأفراد أسرهم الذين لم يرتكبوا العنف.",
        ),
        fees=FREE,
        locations=("riverside-loc-09",),
        phones=(Phone("(512) 555-0150", ("es", "en")),),
        languages=("es", "en", "vi"),
        hours=days("09:00", "18:00"),
        costs=(FREE_COST,),
        flags=frozenset({"appointment_by_phone"}),
        verified_days_ago=21,
    ),
]
