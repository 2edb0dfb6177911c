import type { SampleNode } from "./scoringTree";

/**
 * Sở Ngoại vụ Hà Tĩnh, appraisal of 2020 (seed 000): 7 self-scored areas out of 80, appraised 75,25. The deducted
 * criteria, their scores and reasons are exactly those of seed 000's GIẢI PHÁP table; the other criteria are a
 * plausible department-level framework at full marks.
 */

interface LeafOptions {
  score?: number;
  self?: number;
  reason?: string;
  notes?: string[];
}

function leaf(code: string, title: string, max: number, options: LeafOptions = {}): SampleNode {
  const score = options.score ?? max;
  return {
    code,
    title,
    max,
    score,
    self: options.self ?? score,
    reason: options.reason,
    evidence: `Hồ sơ kiểm chứng ${code}`,
    notes: options.notes,
  };
}

function parent(code: string, title: string, children: SampleNode[]): SampleNode {
  return { code, title, children };
}

const AREA_1 = parent("1", "Chỉ đạo, điều hành công tác cải cách hành chính", [
  parent("1.1", "Kế hoạch cải cách hành chính năm", [
    leaf("1.1.1", "Ban hành kế hoạch kịp thời", 0.5, { notes: ["- Ban hành trước ngày 31/12 năm trước: 0,5 điểm", "- Ban hành sau thời hạn: 0 điểm"] }),
    leaf("1.1.2", "Xác định đầy đủ nhiệm vụ, kết quả, thời hạn hoàn thành", 0.5),
    leaf("1.1.3", "Bố trí kinh phí triển khai kế hoạch", 0.5),
  ]),
  leaf("1.2", "Mức độ hoàn thành kế hoạch cải cách hành chính", 1.5, {
    score: 1.42,
    self: 1.5,
    reason: "các kế hoạch chỉ mới thực hiện được 94,76%/100%.",
    notes: ["- Hoàn thành 100% kế hoạch: 1,5 điểm", "- Hoàn thành dưới 100%: điểm = tỷ lệ % hoàn thành × 1,5"],
  }),
  parent("1.3", "Báo cáo cải cách hành chính", [
    leaf("1.3.1", "Số lượng báo cáo", 0.5),
    leaf("1.3.2", "Chất lượng báo cáo", 0.5),
    leaf("1.3.3", "Thời gian gửi báo cáo", 0.5),
  ]),
  parent("1.4", "Kiểm tra công tác cải cách hành chính", [
    leaf("1.4.1", "Ban hành kế hoạch kiểm tra", 0.5),
    leaf("1.4.2", "Tỷ lệ phòng, đơn vị được kiểm tra", 0.5),
    leaf("1.4.3", "Xử lý các vấn đề phát hiện qua kiểm tra", 0.5),
  ]),
  leaf(
    "1.5",
    "Thực hiện việc khắc phục tồn tại, hạn chế sau kiểm tra do cấp trên chỉ ra, sau khi có kết quả xếp loại Chỉ số CCHC của tỉnh",
    1,
    {
      score: 0.5,
      self: 1,
      reason:
        "Văn bản số 51/SNgV-VP ban hành vào ngày 31/01/2020 nhưng ký số vào ngày 24/02/2020, văn bản quá thời hạn 15 ngày sau khi có kết quả thẩm định theo quy định.",
    },
  ),
  parent("1.6", "Công tác thông tin, tuyên truyền cải cách hành chính", [
    leaf("1.6.1", "Kế hoạch tuyên truyền cải cách hành chính", 0.5),
    leaf("1.6.2", "Mức độ hoàn thành kế hoạch tuyên truyền", 1),
    leaf("1.6.3", "Tuyên truyền trên Cổng thông tin điện tử của Sở", 0.5),
  ]),
  leaf("1.7", "Sáng kiến mới trong công tác CCHC", 1, { score: 0.5, self: 0.5, reason: "không có sáng kiến cấp tỉnh." }),
]);

const AREA_2 = parent("2", "Xây dựng và tổ chức thực hiện văn bản QPPL", [
  parent("2.1", "Tham mưu xây dựng văn bản QPPL thuộc lĩnh vực quản lý của Sở", [
    leaf("2.1.1", "Thực hiện đúng quy trình xây dựng văn bản QPPL", 1),
    leaf("2.1.2", "Tham mưu ban hành văn bản QPPL đúng tiến độ", 1),
  ]),
  leaf("2.2", "Tự kiểm tra văn bản QPPL", 1.5),
  parent("2.3", "Rà soát, hệ thống hóa văn bản QPPL", [
    leaf("2.3.1", "Ban hành kế hoạch rà soát, hệ thống hóa", 0.5),
    leaf("2.3.2", "Thực hiện rà soát, hệ thống hóa theo kế hoạch", 1),
  ]),
  leaf("2.4", "Xử lý kết quả kiểm tra, rà soát văn bản QPPL", 1.5),
  leaf(
    "2.5",
    "Tổ chức thực hiện tại đơn vị các văn bản QPPL của Trung ương và văn bản QPPL do đơn vị tham mưu UBND tỉnh, HĐND tỉnh ban hành tại đơn vị",
    1,
    {
      score: 0.5,
      self: 1,
      reason:
        "Sở Tư pháp xác định tiêu chí này Sở chỉ đạt 80% đến dưới 100% văn bản được triển khai kịp thời, đầy đủ, đúng quy định.",
    },
  ),
  parent("2.6", "Theo dõi thi hành pháp luật", [
    leaf("2.6.1", "Kế hoạch theo dõi thi hành pháp luật", 0.5, {
      score: 0,
      self: 0.5,
      reason:
        "Sở đã ban hành Kế hoạch hoạt động tư pháp năm 2020 trong đó có phụ lục về kế hoạch theo dõi thi hành pháp luật nhưng đối với kế hoạch theo dõi thi hành pháp luật cần phải làm riêng.",
    }),
    leaf("2.6.2", "Báo cáo kết quả theo dõi thi hành pháp luật", 0.5),
    leaf("2.6.3", "Kiến nghị xử lý kết quả theo dõi thi hành pháp luật", 0.5),
  ]),
]);

const AREA_3 = parent("3", "Cải cách thủ tục hành chính", [
  parent("3.1", "Rà soát, đánh giá thủ tục hành chính", [
    leaf("3.1.1", "Ban hành kế hoạch rà soát, đánh giá TTHC", 0.5),
    leaf("3.1.2", "Mức độ hoàn thành kế hoạch rà soát", 1),
    leaf("3.1.3", "Kiến nghị đơn giản hóa TTHC", 0.5),
  ]),
  parent("3.2", "Công bố, công khai thủ tục hành chính", [
    leaf("3.2.1", "Tham mưu công bố TTHC kịp thời", 1),
    leaf("3.2.2", "Cập nhật TTHC trên Cơ sở dữ liệu quốc gia về TTHC", 1),
    leaf("3.2.3", "Công khai TTHC tại nơi tiếp nhận và trên Cổng thông tin điện tử", 1),
  ]),
  parent("3.3", "Thực hiện cơ chế một cửa, một cửa liên thông", [
    leaf("3.3.1", "Đưa TTHC ra tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh", 1.5),
    leaf("3.3.2", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", 2, { notes: ["- 100% hồ sơ đúng hạn: 2 điểm", "- Từ 95% đến dưới 100%: 1 điểm"] }),
    leaf("3.3.3", "Thực hiện xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ trễ hạn", 1),
  ]),
  leaf("3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về TTHC", 2),
  leaf("3.5", "Báo cáo tình hình, kết quả kiểm soát TTHC", 1.5),
  leaf("3.6", "Thông tin, tuyên truyền về hoạt động kiểm soát TTHC", 1.5),
]);

const AREA_4 = parent("4", "Cải cách tổ chức bộ máy", [
  parent("4.1", "Tổ chức bộ máy của Sở", [
    leaf("4.1.1", "Thực hiện quy định về cơ cấu tổ chức của các phòng, đơn vị", 1),
    leaf("4.1.2", "Thực hiện quy định về số lượng cấp phó", 1),
    leaf("4.1.3", "Sử dụng biên chế hành chính được giao", 1),
    leaf("4.1.4", "Số lượng người làm việc trong đơn vị sự nghiệp công lập", 1),
    leaf(
      "4.1.5",
      "Thực hiện chức năng nhiệm vụ của đơn vị trong năm theo khung, kế hoạch trọng tâm năm hoặc chương trình công tác",
      3,
      { score: 2, self: 3 },
    ),
    leaf("4.1.6", "Kiểm tra tình hình tổ chức, hoạt động của các phòng, đơn vị", 1),
  ]),
  parent("4.2", "Thực hiện phân cấp, ủy quyền", [
    leaf("4.2.1", "Thực hiện các quy định về phân cấp quản lý", 2),
    leaf("4.2.2", "Kiểm tra việc thực hiện nhiệm vụ được phân cấp, ủy quyền", 1.5),
    leaf("4.2.3", "Xử lý các vấn đề phát hiện qua kiểm tra", 1.5),
  ]),
]);

const AREA_5 = parent("5", "Xây dựng và nâng cao chất lượng đội ngũ CBCCVC", [
  leaf("5.1", "Xác định vị trí việc làm và cơ cấu ngạch công chức", 1.5),
  leaf("5.2", "Bố trí công chức theo đúng vị trí việc làm và tiêu chuẩn ngạch", 1.5),
  leaf("5.3", "Tuyển dụng công chức, viên chức", 1.5),
  leaf("5.4", "Nâng ngạch công chức, thăng hạng chức danh nghề nghiệp viên chức", 1),
  leaf("5.5", "Thực hiện quy định về bổ nhiệm lãnh đạo cấp phòng", 1.5),
  leaf("5.6", "Đánh giá, phân loại cán bộ, công chức, viên chức", 1.5),
  parent("5.7", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", [
    leaf("5.7.1", "Kế hoạch đào tạo, bồi dưỡng", 0.5),
    leaf("5.7.2", "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng", 1),
  ]),
  leaf("5.8", "Thực hiện chế độ, chính sách, khen thưởng, kỷ luật", 1.5),
  leaf("5.9", "Chấp hành kỷ luật, kỷ cương hành chính", 1),
  leaf("5.10", "Hồ sơ cán bộ công chức viên chức", 1, {
    score: 0.5,
    self: 1,
    reason: "Thành phần hồ sơ cán bộ công chức viên chức cập nhật chưa đầy đủ.",
  }),
]);

const AREA_6 = parent("6", "Cải cách tài chính công", [
  parent("6.1", "Thực hiện cơ chế khoán biên chế và kinh phí hành chính", [
    leaf("6.1.1", "Ban hành quy chế chi tiêu nội bộ", 1),
    leaf("6.1.2", "Sử dụng kinh phí tiết kiệm được", 1),
  ]),
  parent("6.2", "Thực hiện cơ chế tự chủ tại đơn vị sự nghiệp công lập", [
    leaf(
      "6.2.1",
      "Số đơn vị sự nghiệp công lập tự đảm bảo chi thường xuyên và tự đảm bảo một phần chi thường xuyên",
      1.5,
      { score: 1, self: 1, reason: "Sở không có đơn vị tăng so với năm trước" },
    ),
    leaf("6.2.2", "Ban hành quy chế chi tiêu nội bộ của đơn vị sự nghiệp", 1),
  ]),
  parent("6.3", "Quản lý, sử dụng tài sản công", [
    leaf("6.3.1", "Ban hành quy chế quản lý, sử dụng tài sản công", 1),
    leaf("6.3.2", "Công khai tài sản công theo quy định", 1),
  ]),
]);

const AREA_7 = parent("7", "Hiện đại hóa hành chính nhà nước", [
  parent("7.1", "Về ứng dụng công nghệ thông tin", [
    leaf("7.1.1", "Kế hoạch ứng dụng CNTT năm", 1),
    leaf("7.1.2", "Mức độ hoàn thành kế hoạch ứng dụng CNTT", 1),
    leaf("7.1.3", "Sử dụng phần mềm quản lý văn bản và điều hành", 1),
    leaf("7.1.4", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", 1),
    leaf("7.1.5", "Chất lượng Cổng thông tin điện tử", 1.5, {
      score: 1.33,
      self: 1.5,
      reason: "chất lượng Cổng thông tin của Sở chỉ đạt 88%/100%.",
    }),
    leaf("7.1.6", "Sử dụng hộp thư điện tử công vụ", 1),
    leaf("7.1.7", "Cung cấp dịch vụ công trực tuyến mức độ 3", 1.5),
    leaf("7.1.8", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 4", 0.5, {
      score: 0,
      self: 0,
      reason: "Sở không phát sinh hồ sơ TTHC trực tuyến mức độ 4",
    }),
  ]),
  parent("7.2", "Áp dụng Hệ thống quản lý chất lượng ISO 9001:2015", [
    leaf("7.2.1", "Công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015", 2),
    leaf("7.2.2", "Duy trì, cải tiến Hệ thống quản lý chất lượng", 2),
    leaf("7.2.3", "Đánh giá nội bộ và xem xét của lãnh đạo", 1),
  ]),
]);

export const SO_NGOAI_VU_AREAS: SampleNode[] = [AREA_1, AREA_2, AREA_3, AREA_4, AREA_5, AREA_6, AREA_7];
