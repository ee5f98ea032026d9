"""Words the benchmark builds its synthetic directory from, per language, per kind of help."""

# category code -> language -> (noun phrases for names, a sentence for descriptions)
TOPICS = {
    "counseling": {
        "en": (
            ["Counseling", "Therapy", "Counselors"],
            "Individual and group therapy for anxiety, depression and recovery.",
        ),
        "es": (
            ["Consejería", "Terapia", "Consejeros"],
            "Terapias individuales y de grupo para la ansiedad, la depresión y la recuperación.",
        ),
        "zh-hans": (["心理咨询", "治疗", "咨询师"], "为焦虑、抑郁和康复提供个人和团体治疗。"),
        "vi": (["Tư vấn", "Trị liệu", "Tư vấn viên"], "Trị liệu cá nhân và nhóm cho lo âu, trầm cảm và phục hồi."),
        "ar": (["الإرشاد", "العلاج النفسي", "المرشدون"], "علاج فردي وجماعي للقلق والاكتئاب والتعافي."),
    },
    "housing": {
        "en": (["Housing", "Shelter", "Beds"], "Emergency shelter beds and help finding housing."),
        "es": (["Vivienda", "Albergue", "Camas"], "Camas de albergue de emergencia y ayuda para encontrar vivienda."),
        "zh-hans": (["住房", "庇护所", "床位"], "紧急庇护床位和寻找住房的帮助。"),
        "vi": (["Nhà ở", "Nơi trú ẩn", "Giường"], "Giường trú ẩn khẩn cấp và giúp tìm nhà ở."),
        "ar": (["السكن", "المأوى", "الأسرّة"], "أسرّة مأوى طارئ ومساعدة في العثور على سكن."),
    },
    "food": {
        "en": (["Food Pantry", "Meals", "Groceries"], "Free groceries and hot meals, no questions asked."),
        "es": (["Despensa", "Comidas", "Alimentos"], "Alimentos gratuitos y comidas calientes, sin preguntas."),
        "zh-hans": (["食物银行", "餐食", "食品"], "免费食品和热餐，无需任何证明。"),
        "vi": (["Thực phẩm", "Bữa ăn", "Hàng tạp hóa"], "Thực phẩm miễn phí và bữa ăn nóng, không hỏi han."),
        "ar": (["بنك الطعام", "وجبات", "مواد غذائية"], "مواد غذائية مجانية ووجبات ساخنة دون أسئلة."),
    },
    "peer-support": {
        "en": (
            ["Peer Support", "Recovery Circle", "Peer Coaches"],
            "Peers in recovery who listen and walk alongside you.",
        ),
        "es": (
            ["Apoyo entre pares", "Círculo de recuperación", "Compañeros"],
            "Compañeros en recuperación que le escuchan y le acompañan.",
        ),
        "zh-hans": (["同伴支持", "康复小组", "同伴教练"], "正在康复的同伴倾听并陪伴您。"),
        "vi": (
            ["Hỗ trợ đồng đẳng", "Nhóm phục hồi", "Người đồng hành"],
            "Những người đang phục hồi lắng nghe và đồng hành cùng bạn.",
        ),
        "ar": (["دعم الأقران", "دائرة التعافي", "مدربو الأقران"], "أقران في مرحلة التعافي يستمعون إليك ويرافقونك."),
    },
    "medication-treatment": {
        "en": (
            ["Medication Treatment", "Buprenorphine Clinic", "Methadone"],
            "Medication for opioid use disorder, same-day starts.",
        ),
        "es": (
            ["Tratamiento con medicamentos", "Clínica de buprenorfina", "Metadona"],
            "Medicamentos para el trastorno por consumo de opioides, inicio el mismo día.",
        ),
        "zh-hans": (["药物治疗", "丁丙诺啡诊所", "美沙酮"], "阿片类药物使用障碍的药物治疗，当天即可开始。"),
        "vi": (
            ["Điều trị bằng thuốc", "Phòng khám buprenorphine", "Methadone"],
            "Thuốc điều trị rối loạn sử dụng chất dạng thuốc phiện, bắt đầu trong ngày.",
        ),
        "ar": (
            ["العلاج الدوائي", "عيادة البوبرينورفين", "الميثادون"],
            "أدوية لعلاج اضطراب تعاطي المواد الأفيونية، البدء في اليوم نفسه.",
        ),
    },
    "crisis-line": {
        "en": (
            ["Crisis Line", "Crisis Support", "Suicide Prevention"],
            "Call or text any time to talk with a crisis counselor.",
        ),
        "es": (
            ["Línea de crisis", "Apoyo en crisis", "Prevención del suicidio"],
            "Llame o escriba a cualquier hora para hablar con un consejero de crisis.",
        ),
        "zh-hans": (["危机热线", "危机支持", "自杀预防"], "随时致电或发短信与危机咨询员交谈。"),
        "vi": (
            ["Đường dây khủng hoảng", "Hỗ trợ khủng hoảng", "Phòng chống tự tử"],
            "Gọi hoặc nhắn tin bất cứ lúc nào để nói chuyện với tư vấn viên.",
        ),
        "ar": (
            ["خط الأزمات", "دعم الأزمات", "الوقاية من الانتحار"],
            "اتصل أو أرسل رسالة في أي وقت للتحدث مع مرشد الأزمات.",
        ),
    },
}
PLACES = ["Harbor", "Riverside", "Eastside", "Northgate", "Bayview", "Westport", "Hillcrest", "Lakeside"]

# (language, query, filters, a word the expected results contain or None): a mix of real searches.
QUERIES = [
    ("en", "counseling", {}),
    ("en", "housing shelter", {}),
    ("en", "counselling", {}),  # British spelling
    ("en", "theraphy", {}),  # typo
    ("en", "food", {"open_now": "on"}),
    ("en", "suicide", {}),
    ("en", "", {"category": "housing"}),
    ("es", "consejería", {}),
    ("es", "terapias", {}),
    ("es", "albergues", {"walk_in": "on"}),
    ("es", "alimentos gratuitos", {}),
    ("ar", "العلاج", {}),
    ("ar", "المأوى", {}),
    ("zh-hans", "咨询", {}),
    ("zh-hans", "住房", {}),
    ("vi", "trị liệu", {}),
    ("vi", "thực phẩm", {}),
]

# Words whose stems the benchmark reports, per PostgreSQL text-search configuration.
STEM_CHECKS = {
    "english": ["counseling", "counselors", "therapies", "shelters"],
    "spanish": ["consejería", "consejeros", "terapias", "albergues", "viviendas"],
    "arabic": ["العلاج", "المرشدون", "المأوى"],
}
