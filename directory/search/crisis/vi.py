"""Vietnamese crisis terms (see `matching` for the notation), and everyday searches that must not match them.

Terms are written with or without diacritics: both the terms and what people type are matched without them,
so "muốn chết" and "muon chet" are the same search.
"""

# ruff: noqa: E501 (a term is one line, however long, so that the list reads as written)

TERMS = """
# Từ
tự tử
tự sát
tư tử
tự tữ
quá liều
sốc thuốc
khủng hoảng
988
911
115
(tự làm hại|tự làm đau|tự gây thương tích|tự gây tổn thương|tự hủy hoại|tự rạch|tự cắt)
tự (hại|gây hại|làm tổn thương) (bản thân|mình|chính mình)
(làm hại|làm đau|tổn thương|hại|hành hạ) (bản thân|chính mình)
# Khẩn cấp, nhưng không phải "nhà ở khẩn cấp" hay "sơ cấp cứu"
^ khẩn cấp $
^ cấp cứu $
(phòng cấp cứu|gọi cấp cứu|cấp cứu tâm thần|cấp cứu tâm lý)

# Muốn chết, không muốn sống (tôi, anh ấy, con tôi…)
(muốn|mún|muốn đi|định|sắp|nghĩ đến|nghĩ tới|thà|chỉ muốn|đòi) .. chết
(chết đi|chết quách|chết cho xong|chết cho rồi|đi chết)
(không|chẳng|hết|ko|k) .. (muốn|mún|thiết) sống $
(không|chẳng|hết|ko|k) .. (muốn|mún|thiết) sống (nữa|tiếp)
không thiết sống
chán sống
sống không (nổi|được nữa)
sống để làm gì
sống .. (vô nghĩa|không có ý nghĩa|không còn ý nghĩa)
(không còn|không có|chẳng còn|hết) .. (lý do|lí do|động lực) .. sống
kết liễu
kết thúc .. (cuộc đời|cuộc sống|sự sống|tất cả|mọi thứ|đời mình|mạng sống)
giết .. (mình|bản thân|chính mình)
tự giết
biến mất .. (mãi mãi|vĩnh viễn|khỏi thế giới)
rời khỏi thế giới
(dọa|đòi|định|muốn) .. (tự tử|cắt tay|treo cổ|nhảy cầu|nhảy lầu)
(ý nghĩ|suy nghĩ|ý định|nghĩ về) .. (cái chết|chết|tự tử|tự sát)

# Cách thức
(cắt tay|rạch tay|cứa tay|cắt cổ tay|rạch cổ tay|cứa cổ tay|cắt gân tay|rạch gân tay)
(nhảy cầu|nhảy lầu|nhảy sông|nhảy từ tầng|nhảy từ trên)
treo cổ
(uống|nuốt) .. (cả lọ|cả vỉ|cả hộp|nhiều|hết|quá nhiều) thuốc
(uống|nuốt) .. (thuốc chuột|thuốc trừ sâu|thuốc diệt cỏ)
(không thở|ngừng thở|tắt thở|bất tỉnh|không tỉnh|gọi không dậy|môi tím)

# Nguy hiểm cho người khác, suy sụp
(muốn|định) .. (giết người|giết ai|làm hại người)
nguy hiểm .. tính mạng
(suy sụp tinh thần|khủng hoảng tinh thần)

# Tốt hơn nếu không có tôi, thư tuyệt mệnh, ngủ không dậy
tốt hơn .. không có (tôi|em|mình|con|anh|chị|tao|cháu|nó)
(thư|lá thư|lời) (tuyệt mệnh|vĩnh biệt|trăn trối)
tuyệt mệnh
(không bao giờ|vĩnh viễn không|không bao giờ còn) (tỉnh|thức) (dậy|lại)
ngủ (mãi mãi|luôn không dậy|một giấc không dậy)
(không|chẳng|ko) .. muốn (tồn tại|có mặt trên đời|ở trên đời|sống trên đời)
"""

MISSPELLABLE = ()

EVERYDAY = """
giúp trả tiền thuê nhà
ngân hàng thực phẩm gần tôi
thực phẩm miễn phí
nhà ở khẩn cấp
tư vấn miễn phí
tu van
liệu pháp trò chuyện
nhóm hỗ trợ cha mẹ
hỗ trợ sau khi người thân qua đời
lớp dinh dưỡng và ăn kiêng
cai nghiện
phòng khám methadone
trao đổi kim tiêm
giảm tác hại
nhà ở cho người ra tù
đào tạo nghề
trợ giúp pháp lý khi bị đuổi nhà
nơi trú ẩn bạo lực gia đình
kiểm soát cơn giận
lớp học làm cha mẹ
nha khoa miễn phí
người nghiện rượu ẩn danh
phòng khám sức khỏe tâm thần
hỗ trợ đồng đẳng
vé xe buýt
quần áo miễn phí
mở cửa từ hai giờ
không muốn sống ở đây
khó ngủ
dịch vụ cho cựu chiến binh
"""
