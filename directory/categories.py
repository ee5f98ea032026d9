"""The kinds of help a recovery network offers: every new network starts with this category tree."""

from django.db import transaction

from directory.models import Category

# (code, parent code, is crisis, names by language)
RECOVERY_CATEGORIES = [
    (
        "crisis",
        None,
        True,
        {
            "en": "Crisis help",
            "es": "Ayuda en crisis",
            "zh-hans": "危机援助",
            "vi": "Hỗ trợ khủng hoảng",
            "ar": "مساعدة في الأزمات",
        },
    ),
    (
        "crisis-line",
        "crisis",
        True,
        {
            "en": "Crisis lines",
            "es": "Líneas de crisis",
            "zh-hans": "危机热线",
            "vi": "Đường dây khủng hoảng",
            "ar": "خطوط الأزمات",
        },
    ),
    (
        "mobile-crisis",
        "crisis",
        True,
        {
            "en": "Mobile crisis teams",
            "es": "Equipos móviles de crisis",
            "zh-hans": "流动危机小组",
            "vi": "Đội khủng hoảng lưu động",
            "ar": "فرق الأزمات المتنقلة",
        },
    ),
    (
        "counseling",
        None,
        False,
        {"en": "Counseling", "es": "Consejería", "zh-hans": "心理咨询", "vi": "Tư vấn tâm lý", "ar": "الإرشاد النفسي"},
    ),
    (
        "individual-counseling",
        "counseling",
        False,
        {
            "en": "Individual counseling",
            "es": "Consejería individual",
            "zh-hans": "个人咨询",
            "vi": "Tư vấn cá nhân",
            "ar": "الإرشاد الفردي",
        },
    ),
    (
        "group-counseling",
        "counseling",
        False,
        {
            "en": "Group counseling",
            "es": "Consejería en grupo",
            "zh-hans": "团体咨询",
            "vi": "Tư vấn nhóm",
            "ar": "الإرشاد الجماعي",
        },
    ),
    (
        "peer-support",
        None,
        False,
        {
            "en": "Peer support",
            "es": "Apoyo entre pares",
            "zh-hans": "同伴支持",
            "vi": "Hỗ trợ đồng đẳng",
            "ar": "دعم الأقران",
        },
    ),
    (
        "case-management",
        None,
        False,
        {
            "en": "Case management",
            "es": "Gestión de casos",
            "zh-hans": "个案管理",
            "vi": "Quản lý hồ sơ",
            "ar": "إدارة الحالات",
        },
    ),
    (
        "medication-treatment",
        None,
        False,
        {
            "en": "Medication for addiction treatment",
            "es": "Medicamentos para tratar la adicción",
            "zh-hans": "成瘾药物治疗",
            "vi": "Thuốc điều trị nghiện",
            "ar": "العلاج الدوائي للإدمان",
        },
    ),
    (
        "harm-reduction",
        None,
        False,
        {
            "en": "Harm reduction",
            "es": "Reducción de daños",
            "zh-hans": "减少伤害",
            "vi": "Giảm tác hại",
            "ar": "الحد من الضرر",
        },
    ),
    ("housing", None, False, {"en": "Housing", "es": "Vivienda", "zh-hans": "住房", "vi": "Nhà ở", "ar": "السكن"}),
    (
        "emergency-shelter",
        "housing",
        False,
        {
            "en": "Emergency shelter",
            "es": "Albergue de emergencia",
            "zh-hans": "紧急庇护所",
            "vi": "Nơi trú ẩn khẩn cấp",
            "ar": "مأوى طارئ",
        },
    ),
    (
        "recovery-housing",
        "housing",
        False,
        {
            "en": "Recovery housing",
            "es": "Vivienda de recuperación",
            "zh-hans": "康复住房",
            "vi": "Nhà ở phục hồi",
            "ar": "سكن التعافي",
        },
    ),
    ("food", None, False, {"en": "Food", "es": "Alimentos", "zh-hans": "食物", "vi": "Thực phẩm", "ar": "الطعام"}),
    (
        "transport",
        None,
        False,
        {"en": "Transport", "es": "Transporte", "zh-hans": "交通", "vi": "Đi lại", "ar": "المواصلات"},
    ),
    (
        "legal",
        None,
        False,
        {
            "en": "Legal help",
            "es": "Ayuda legal",
            "zh-hans": "法律援助",
            "vi": "Trợ giúp pháp lý",
            "ar": "المساعدة القانونية",
        },
    ),
    (
        "employment",
        None,
        False,
        {"en": "Employment", "es": "Empleo", "zh-hans": "就业", "vi": "Việc làm", "ar": "التوظيف"},
    ),
    (
        "childcare",
        None,
        False,
        {"en": "Childcare", "es": "Cuidado infantil", "zh-hans": "托儿服务", "vi": "Giữ trẻ", "ar": "رعاية الأطفال"},
    ),
    (
        "family-support",
        None,
        False,
        {
            "en": "Family support",
            "es": "Apoyo familiar",
            "zh-hans": "家庭支持",
            "vi": "Hỗ trợ gia đình",
            "ar": "دعم الأسرة",
        },
    ),
]


@transaction.atomic
def seed_categories(network) -> None:
    """Create (or refresh the names of) the recovery category tree for `network`. Safe to run again."""
    by_code = {}
    for order, (code, parent_code, is_crisis, names) in enumerate(RECOVERY_CATEGORIES):
        fields = {f"name_{language.replace('-', '_')}": name for language, name in names.items()}
        category, _ = Category.objects.update_or_create(
            network=network,
            code=code,
            defaults={
                **fields,
                "parent": by_code.get(parent_code),
                "is_crisis": is_crisis,
                "sort_order": order,
                "hsds_id": f"{network.slug}-{code}",
            },
        )
        by_code[code] = category
