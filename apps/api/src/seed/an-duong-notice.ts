/**
 * The notice of conclusions of An Dương district, September 2023, exactly as a clerk pastes it
 * (number and day left blank as in the original): the demo's first directive goes through the parser.
 */
export const AN_DUONG_NOTICE = `

Số: /TB-UBND

An Dương, ngày tháng 9 năm 2023

THÔNG BÁO

**Kết luận của đồng chí Chủ tịch Ủy ban nhân dân huyện
tại Hội nghị làm việc với ngành Giáo dục và Đào tạo huyện
về nhiệm vụ năm học 2023 - 2024**

Ngày 22/9/2023, đồng chí Phạm Việt Hùng - Chủ tịch Ủy ban nhân dân huyện chủ trì hội nghị làm việc với ngành Giáo dục và Đào tạo huyện về nhiệm vụ năm học 2023 - 2024. Cùng dự họp có đồng chí Lương Thế Quý - Phó Chủ tịch Thường trực Ủy ban nhân dân huyện; Trưởng các phòng, đơn vị: Nội vụ, Tài chính- Kế hoạch, Kinh tế và Hạ tầng, Tài nguyên và Môi trường, Văn hóa - Thông tin, Thanh tra, Y tế, Trung tâm y tế, Ban Quản lý dự án đầu tư xây dựng huyện, Văn phòng HĐND&UBND huyện; Lãnh đạo, chuyên viên phòng Giáo dục và Đào tạo huyện; Hiệu trưởng, Phó Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện.

Sau khi nghe phòng Giáo dục & Đào tạo huyện báo cáo công tác triển khai thực hiện kế hoạch, nhiệm vụ năm học 2023 - 2024, các ý kiến của đại biểu dự họp; đồng chí Chủ tịch Ủy ban nhân dân huyện kết luận:

Ủy ban nhân dân huyện ghi nhận, đánh giá cao kết quả ngành Giáo dục và Đào tạo huyện đã đạt được trong năm học 2022-2023, thể hiện sự nỗ lực, cố gắng, quyết tâm, đồng lòng vượt qua khó khăn, thách thức trong thực hiện nhiệm vụ: chất lượng giáo dục của huyện không ngừng được nâng cao và có nhiều chuyển biến tích cực, là đơn vị đầu tiên của thành phố có 100% các trường học công lập đạt chuẩn quốc gia. Mạng lưới quy mô trường lớp được phát triển; toàn huyện tăng 31 lớp với 1.375 học sinh, có 2.200 cán bộ, giáo viên, nhân viên, tăng 114 cán bộ, giáo viên, nhân viên so với năm học trước. Về chỉ số chất lượng giáo dục đại trà và mũi nhọn được nâng cao: đạt 44 giải học sinh giỏi tại các cuộc thi giao lưu quốc tế và khu vực, 02 huy chương Vàng, 01 huy chương Đồng tại giải thể thao học sinh toàn quốc; 111 giải học sinh giỏi cấp quốc gia; 309 giải cấp thành phố và 1.874 giải học sinh giỏi cấp huyện; toàn huyện tăng 02 giải khu vực, 84 giải quốc gia, 172 giải thành phố và 869 giải học sinh giỏi cấp huyện so

với năm học trước; Huyện An Dương dẫn đầu khối huyện về điểm trung bình vào lớp 10 THPT. Về chuyên đổi số: xây dựng cơ sở dữ liệu đối với ngành giáo dục và đào tạo huyện với hơn 10.000 dữ liệu; xây dựng phần mềm phục vụ cho công tác quản lý trên hệ thống Công cơ sở dữ liệu DSS huyện; Triển khai các mô hình dạy và học ứng dụng công nghệ số; Phát triển 97 Cổng thông tin điện tử phục vụ cung cấp thông tin và giới thiệu các hoạt động về giáo dục và đào tạo huyện.

Bên cạnh những kết quả đạt được, trước yêu cầu ngày càng cao về nâng cao chất lượng giáo dục toàn diện, nhiệm vụ, thách thức đặt ra đối với công tác giáo dục và đào tạo huyện, đó là: công tác quản lý nhà nước có nhiều đổi mới song chưa đáp ứng được thực tiễn; quy mô trường, lớp, đội ngũ giáo viên tăng nhưng số lượng chưa đáp ứng được yêu cầu nhiệm vụ, chất lượng chưa đồng đều, chưa thực sự là điểm mạnh đối với ngành giáo dục và đào tạo huyện; chất lượng giáo dục có nhiều chuyên biến nhưng chưa tương xứng với tiềm năng, lợi thế của huyện, và sự kỳ vọng của nhân dân, *Chủ tịch Ủy ban nhân dân huyện yêu cầu:*

1. Giao phòng Giáo dục & Đào tạo huyện:

- Rà soát, xây dựng và triển khai kế hoạch, chỉ tiêu nhiệm vụ năm học 2023-2024, trong đó giao chỉ tiêu, nhiệm vụ cụ thể đối với từng ngành học, cấp học trên quan điểm kết quả năm sau cao hơn năm trước. Đối với chủ đề năm học 2023-2024, yêu cầu phải xây dựng cụ thể, chi tiết hơn để theo dõi, đánh giá sát với tình hình thực tế.

- Chủ trì rà soát, đề xuất nhu cầu xây dựng, sửa chữa cơ sở vật chất xây dựng trường chuẩn quốc gia mức độ 2 theo lộ trình, duy trì các tiêu chí trường chuẩn quốc gia mức độ 1.

- Khẩn trương phê duyệt kế hoạch xã hội hóa các trường năm học 2023-2024. Chỉ đạo, hướng dẫn các cơ sở giáo dục mầm non, các trường tiểu học và trung học cơ sở trên địa bàn huyện thực hiện nghiêm các quy định về vận động, tiếp nhận, sử dụng nguồn tài trợ năm học 2023-2024 đảm bảo công khai, minh bạch, đúng quy trình.

- Tăng cường ứng dụng công nghệ thông tin trong dạy, học và quản lý giáo dục; thực hiện chuyển đổi số trong giáo dục và đào tạo. Tiếp tục hoàn thiện và chuẩn hóa cơ sở dữ liệu ngành, số hóa các dữ liệu chuyên ngành, liên thông, tích hợp với Kho dữ liệu dùng chung của huyện phục vụ công tác quản lý và khai

thác, chia sẻ dữ liệu ngành giáo dục. Yêu cầu, ngành giáo dục phải là ngành đi đầu trong lĩnh vực chuyển đổi số của huyện.

- Thực hiện nghiêm kỷ luật, kỷ cương công vụ trong toàn ngành; tham mưu cho Ủy ban nhân dân huyện về báo cáo tuần, tháng, quý, năm. Tổ chức ký giao ước thi đua, triển khai có hiệu quả các phong trào thi đua trong năm học. Công tác thi đua khen thưởng phải công khai, minh bạch, đúng người, đúng việc.

2. Giao Phòng Tài chính - Kế hoạch:

- Chủ trì, phối hợp với phòng Giáo dục và Đào tạo huyện tham mưu UBND huyện bố trí, phân bổ kinh phí đảm bảo hoạt động, kinh phí đầu tư xây dựng cơ sở hạ tầng đối với các nhà trường theo lộ trình.

- Chủ trì, phối hợp với các đơn vị liên quan hướng dẫn, triển khai sử dụng phần mềm Quản lý nguồn thu tập trung và thanh toán không dùng tiền mặt tại các cơ sở giáo dục mầm non, trường tiểu học, trung học cơ sở trên địa bàn huyện.

3. Giao Phòng Nội vụ:

- Tham mưu Ủy ban nhân dân huyện xây dựng kế hoạch giao chỉ tiêu, kế hoạch tuyển dụng giáo viên năm học 2023-2024, bổ sung nguồn nhân lực còn thiếu đáp ứng nhu cầu dạy và học, thời gian hoàn thành trong tháng 10 năm 2023.

- Phối hợp phòng Giáo dục và Đào tạo tham mưu Ủy ban nhân dân huyện có chính sách thu hút giáo viên giỏi về công tác tại huyện, đánh giá công chức, viên chức ngành giáo dục hàng năm theo quy định; khen thưởng kịp thời, kỷ luật nghiêm minh đối với những trường hợp vi phạm.

4. Giao Phòng Văn hoá và Thông tin:

- Chủ trì, phối hợp với phòng Giáo dục và Đào tạo trong công tác Chuyển đổi số, truyền thông về giáo dục và đào tạo; tuyên truyền, hướng dẫn các trường sử dụng và cập nhật dữ liệu trên hệ thống DSS.

5. Giao Ban Giám hiệu các trường mầm non, tiểu học, trung học trên địa bàn huyện:

- Tăng cường công tác quản lý trường học; không ngừng đổi mới tư duy, điều hành, thường xuyên cập nhật nội dung chương trình, mô hình đào tạo và phương pháp dạy học mới, phát triển năng lực phẩm chất người học, hài hòa đức - trí - thể - mỹ... Tập trung, nghiêm túc, trách nhiệm trong công việc và thực hiện nghiêm kỷ luật, kỷ cương công vụ.

- Thực hiện xã hội hóa giáo dục đảm bảo chặt chẽ, đúng quy trình; tổ chức việc dạy thêm và học thêm theo quy định; thực hiện công tác thu - chi theo quy định, đảm bảo công khai, minh bạch, tạo sự đồng thuận của phụ huynh học sinh và nhân dân.

- Cải thiện cơ sở vật chất, tăng cường cây xanh, cây bóng mát, tạo môi trường sáng, xanh, sạch, đẹp, đảm bảo vệ sinh môi trường lớp học, trường học, an toàn vệ sinh thực phẩm, song song với nâng cao chuyên môn, việc quản lý điều hành.

- Chú trọng việc đào tạo, bồi dưỡng học sinh giỏi, thành lập các đội tuyển học sinh giỏi chất lượng cao tham gia thi đấu thành phố và trong toàn quốc.

- Triển khai “Phần mềm quản lý trực tuyến các nguồn thu” tại 100% trường học, ứng dụng các giải pháp thanh toán không dùng tiền mặt thân thiện với người dùng trên internet, thiết bị di động và các sản phẩm dịch vụ thanh toán tiện ích của ngân hàng.

Thừa lệnh Chủ tịch UBND huyện, Văn phòng HĐND & UBND thông báo đề Thủ trưởng các phòng, ban, đơn vị huyện và các cơ sở giáo dục trên địa bàn huyện nghiêm túc triển khai thực hiện./.

Nơi nhận:

- TTHU, HĐND huyện;
- CT, PCT TT UBND huyện;
- Các đơn vị: GD&ĐT, Nội vụ, TC-KH, TN-MT, KT-HT, BQLDA, VH TT, Y tế, TT y tế, Thanh tra;
- VP HĐND & UBND huyện;
- Các trường mầm non, tiểu học, THCS trên địa bàn huyện;
- Lưu VT.

**TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG**

Trương Văn Thiết`;
