"""The two demo networks' settings and home page text, in their languages. Demo data only."""

from portal import roles
from portal.provisioning import NetworkSpec

HARBOR = NetworkSpec(
    slug="harbor",
    hostname="localhost",
    aliases=["127.0.0.1"],
    port=8000,
    time_zone="America/Los_Angeles",
    default_language="en",
    enabled_languages=["en", "es", "zh-hans", "vi", "ar"],
    contact_email="hello@harbor.example.org",
    crisis_line_number="988",
    names={
        "en": "Harbor City Recovery Network",
        "es": "Red de Recuperación de Harbor City",
        "zh-hans": "港城康复网络",
        "vi": "Mạng lưới Phục hồi Harbor City",
        "ar": "شبكة التعافي في هاربور سيتي",
    },
    crisis_line_texts={
        "en": "In crisis? Call or text 988, any time. Free and confidential.",
        "es": "¿En crisis? Llame o envíe un mensaje de texto al 988, a cualquier hora. Gratis y confidencial.",
        "zh-hans": "遇到危机？随时拨打或发短信至 988。免费且保密。",
        "vi": "Đang khủng hoảng? Gọi hoặc nhắn tin 988 bất cứ lúc nào. Miễn phí và bảo mật.",
        "ar": "في أزمة؟ اتصل أو أرسل رسالة نصية إلى 988 في أي وقت. مجاني وسري.",
    },
)

RIVERSIDE = NetworkSpec(
    slug="riverside",
    hostname="riverside.localhost",
    port=8000,
    time_zone="America/Chicago",
    default_language="es",
    enabled_languages=["en", "es", "zh-hans", "vi", "ar"],
    contact_email="contacto@riverside.example.org",
    crisis_line_number="1-800-662-4357",
    names={
        "en": "Riverside County Recovery Coalition",
        "es": "Coalición de Recuperación del Condado de Riverside",
        "zh-hans": "河滨县康复联盟",
        "vi": "Liên minh Phục hồi Quận Riverside",
        "ar": "تحالف التعافي في مقاطعة ريفرسايد",
    },
    crisis_line_texts={
        "en": "Need help now? Call 1-800-662-4357, day or night, in English or Spanish.",
        "es": "¿Necesita ayuda ahora? Llame al 1-800-662-4357, de día o de noche, en inglés o español.",
        "zh-hans": "现在需要帮助？日夜均可拨打 1-800-662-4357（英语或西班牙语）。",
        "vi": "Cần giúp đỡ ngay? Gọi 1-800-662-4357, ngày hay đêm, bằng tiếng Anh hoặc tiếng Tây Ban Nha.",
        "ar": "هل تحتاج إلى مساعدة الآن؟ اتصل بالرقم 1-800-662-4357 ليلاً أو نهاراً، بالإنجليزية أو الإسبانية.",
    },
)

HOME_INTROS = {
    "harbor": {
        "en": "Find mental-health and recovery support near you, in your language, with no account needed.",
        "es": "Encuentre apoyo de salud mental y recuperación cerca de usted, en su idioma, sin crear una cuenta.",
        "zh-hans": "在您附近用您的语言寻找心理健康和康复支持，无需注册账户。",
        "vi": "Tìm hỗ trợ sức khỏe tâm thần và phục hồi gần bạn, bằng ngôn ngữ của bạn, không cần tài khoản.",
        "ar": "اعثر على دعم الصحة النفسية والتعافي بالقرب منك، بلغتك، دون الحاجة إلى حساب.",
    },
    "riverside": {
        "en": "Services, peer circles and listening sessions across Riverside County.",
        "es": "Servicios, círculos de apoyo entre pares y sesiones de escucha en todo el condado de Riverside.",
        "zh-hans": "河滨县各地的服务、同伴互助小组和倾听会。",
        "ar": "خدمات ودوائر دعم الأقران وجلسات استماع في جميع أنحاء مقاطعة ريفرسايد.",
        # Vietnamese is left out on purpose: the demo shows the fallback notice.
    },
}

HOME_BODIES = {
    "harbor": {
        "en": "<p>We are a network of clinics, peer-run groups and community organizations. "
        "Every service listed here is checked by a person.</p>",
        "es": "<p>Somos una red de clínicas, grupos dirigidos por pares y organizaciones comunitarias. "
        "Una persona verifica cada servicio de esta lista.</p>",
        "zh-hans": "<p>我们是由诊所、同伴互助小组和社区组织组成的网络。这里列出的每项服务都经过人工核实。</p>",
        "vi": "<p>Chúng tôi là mạng lưới các phòng khám, nhóm đồng đẳng và tổ chức cộng đồng. "
        "Mỗi dịch vụ ở đây đều được một người kiểm tra.</p>",
        "ar": "<p>نحن شبكة من العيادات ومجموعات الأقران والمنظمات المجتمعية. يتحقق شخص من كل خدمة مدرجة هنا.</p>",
    },
    "riverside": {
        "en": "<p>Partners across the county share one directory so nobody has to search alone.</p>",
        "es": "<p>Organizaciones de todo el condado comparten un solo directorio para que nadie busque solo.</p>",
        "zh-hans": "<p>全县的合作伙伴共享一个目录，让任何人都不必独自寻找。</p>",
        "ar": "<p>يتشارك الشركاء في جميع أنحاء المقاطعة دليلاً واحداً حتى لا يبحث أحد بمفرده.</p>",
    },
}

ROLES = (roles.MODERATOR, roles.COORDINATOR, roles.PLANNER)


def demo_password(network_slug: str, role: str) -> str:
    return f"demo-{network_slug}-{role}"
