import type { SampleNode } from "./scoringTree";

/**
 * A commune-level framework (UBND cấp xã), year 2023, 8 areas out of 100. Seven criteria deducted at appraisal, each
 * with a reason; parents are sums of their children.
 */

function leaf(code: string, title: string, max: number, score = max, self = score, reason?: string): SampleNode {
  return { code, title, max, score, self, reason };
}

function parent(code: string, title: string, children: SampleNode[]): SampleNode {
  return { code, title, children };
}

export const UBND_XA_AREAS: SampleNode[] = [
  parent("1", "Công tác chỉ đạo, điều hành cải cách hành chính", [
    parent("1.1", "Kế hoạch cải cách hành chính năm", [
      leaf("1.1.1", "Ban hành kế hoạch CCHC năm kịp thời", 1),
      leaf("1.1.2", "Mức độ hoàn thành kế hoạch CCHC", 1, 0.75, 1, "Hoàn thành 75% nhiệm vụ trong kế hoạch CCHC năm 2023"),
    ]),
    leaf("1.2", "Báo cáo cải cách hành chính định kỳ", 2),
    leaf("1.3", "Tự kiểm tra công tác cải cách hành chính", 2),
    leaf("1.4", "Thông tin, tuyên truyền cải cách hành chính", 3),
    leaf("1.5", "Sáng kiến, mô hình mới trong chỉ đạo, điều hành CCHC", 3, 2, 3, "Chưa có mô hình, sáng kiến CCHC được cấp huyện công nhận"),
  ]),
  parent("2", "Xây dựng và tổ chức thực hiện văn bản QPPL", [
    leaf("2.1", "Ban hành văn bản QPPL theo thẩm quyền", 2),
    leaf("2.2", "Tự kiểm tra, rà soát văn bản QPPL", 3),
    leaf("2.3", "Tổ chức thực hiện văn bản QPPL trên địa bàn xã", 3),
  ]),
  parent("3", "Cải cách thủ tục hành chính", [
    leaf("3.1", "Công khai thủ tục hành chính", 4),
    parent("3.2", "Thực hiện cơ chế một cửa, một cửa liên thông", [
      leaf("3.2.1", "Bộ phận Tiếp nhận và Trả kết quả đúng quy định", 2),
      leaf("3.2.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 4, 3.5, 4, "Còn 12 hồ sơ giải quyết trễ hạn (tỷ lệ đúng hạn 97,6%)"),
    ]),
    leaf("3.3", "Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC", 4),
    leaf("3.4", "Số hóa hồ sơ, kết quả giải quyết TTHC", 6, 4.5, 5, "Tỷ lệ số hóa kết quả giải quyết TTHC đạt 75%"),
  ]),
  parent("4", "Cải cách tổ chức bộ máy", [
    leaf("4.1", "Thực hiện quy định về cơ cấu tổ chức của UBND xã", 4),
    leaf("4.2", "Thực hiện quy định về số lượng cán bộ, công chức cấp xã", 4),
  ]),
  parent("5", "Cải cách chế độ công vụ", [
    leaf("5.1", "Bố trí cán bộ, công chức theo chức danh", 4),
    leaf("5.2", "Đào tạo, bồi dưỡng cán bộ, công chức", 4, 3, 4, "02 công chức chưa được bồi dưỡng theo kế hoạch"),
    leaf("5.3", "Đánh giá, xếp loại cán bộ, công chức", 3),
    leaf("5.4", "Chấp hành kỷ luật, kỷ cương hành chính", 3),
  ]),
  parent("6", "Cải cách tài chính công", [
    leaf("6.1", "Quản lý, sử dụng ngân sách xã", 4),
    leaf("6.2", "Công khai ngân sách, tài sản công", 4),
  ]),
  parent("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", [
    leaf("7.1", "Ứng dụng CNTT trong quản lý văn bản, điều hành", 4),
    parent("7.2", "Dịch vụ công trực tuyến", [
      leaf("7.2.1", "Tỷ lệ TTHC cung cấp trực tuyến toàn trình", 3),
      leaf("7.2.2", "Tỷ lệ hồ sơ nộp trực tuyến", 3, 1.8, 2, "Tỷ lệ hồ sơ nộp trực tuyến đạt 30% (chỉ tiêu 50%)"),
    ]),
    leaf("7.3", "Sử dụng chữ ký số trong văn bản điện tử", 4),
  ]),
  parent("8", "Tác động của cải cách hành chính", [
    leaf("8.1", "Mức độ hài lòng của người dân, tổ chức", 10, 9.2, 9.5, "Kết quả khảo sát mức độ hài lòng đạt 92%"),
    leaf("8.2", "Tình hình phát triển kinh tế - xã hội của xã", 6),
  ]),
];
