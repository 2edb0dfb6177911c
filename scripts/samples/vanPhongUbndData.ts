/**
 * Văn phòng UBND tỉnh, PAR INDEX 2018 (seed 004): eight areas I…VIII whose criteria are numbered again from 1.
 * Areas as published: 14,5/15,5 · 9,98/10 · 16,97/17 · 10/11,5 · 11,49/11,5 · 4/4 · 15,19/19,5 · 11/11, which add up
 * to 93,13 while the published total says 93,43. Deductions and reasons follow the seed's text where it gives them.
 */

export interface VanPhongCriterion {
  code: string;
  title: string;
  max: number;
  score: number;
  /** Self-assessed score; default: the score. */
  self?: number;
  reason?: string;
  /** Written as text with a decimal comma ("0,99"), as typed by hand. */
  asText?: boolean;
}

export interface VanPhongArea {
  code: string;
  title: string;
  /** Area score written as text with a decimal comma. */
  asText?: boolean;
  /** Scored by the sociological survey ("Điều tra XHH"), not self-assessed. */
  survey?: boolean;
  criteria: VanPhongCriterion[];
}

const c = (code: string, title: string, max: number, score = max, extra: Partial<VanPhongCriterion> = {}): VanPhongCriterion => ({
  code,
  title,
  max,
  score,
  ...extra,
});

export const VAN_PHONG_AREAS: VanPhongArea[] = [
  {
    code: "I",
    title: "Công tác chỉ đạo, điều hành cải cách hành chính",
    criteria: [
      c("1", "Kế hoạch cải cách hành chính năm", 3),
      c("2", "Chế độ thông tin, báo cáo cải cách hành chính", 2, 1, {
        self: 2,
        reason:
          "Báo cáo 6 tháng, quý III, báo cáo năm chưa báo cáo kết quả công tác cải cách thủ tục hành chính tại phụ lục 3 kèm theo Công văn số 36/SNV-CCHC ngày 08/01/2018 của Sở Nội vụ",
      }),
      c("3", "Kiểm tra công tác cải cách hành chính", 3),
      c("4", "Công tác tuyên truyền cải cách hành chính", 3),
      c("5", "Sự năng động trong chỉ đạo, điều hành cải cách hành chính", 4.5),
    ],
  },
  {
    code: "II",
    title: "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
    asText: true,
    criteria: [
      c("1", "Tham mưu xây dựng văn bản QPPL đúng quy trình", 2),
      c("2", "Tính đồng bộ, thống nhất của văn bản QPPL, văn bản áp dụng luật thuộc ngành tham mưu UBND tỉnh ban hành", 1, 0.99, {
        asText: true,
        self: 1,
        reason: "Đạt 0,99/1 theo kết quả thẩm định của Sở Tư pháp",
      }),
      c("3", "Rà soát, hệ thống hóa văn bản QPPL", 2),
      c(
        "4",
        "Tính kịp thời trong việc phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL, VBADQPPL thuộc phạm vi quản lý nhà nước của ngành",
        1.5,
        1.49,
        { asText: true, self: 1.5, reason: "Đạt 1,49/1,5 theo kết quả thẩm định của Sở Tư pháp" },
      ),
      c("5", "Tổ chức thực hiện văn bản QPPL", 2),
      c("6", "Theo dõi thi hành pháp luật", 1.5),
    ],
  },
  {
    code: "III",
    title: "Cải cách thủ tục hành chính",
    criteria: [
      c("1", "Rà soát, đánh giá thủ tục hành chính", 3),
      c("2", "Công bố, công khai thủ tục hành chính", 4),
      c("3", "Thực hiện cơ chế một cửa, một cửa liên thông", 4),
      c("4", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", 3, 2.97, { self: 3, reason: "Còn 01% hồ sơ giải quyết trễ hạn" }),
      c("5", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về TTHC", 3),
    ],
  },
  {
    code: "IV",
    title: "Cải cách tổ chức bộ máy hành chính",
    criteria: [
      c("1", "Sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của các cơ quan, đơn vị thuộc và trực thuộc", 3, 2, {
        reason: "Chưa hoàn thành sắp xếp tổ chức bộ máy, kiện toàn chức năng, nhiệm vụ các đơn vị thuộc và trực thuộc",
      }),
      c("2", "Thực hiện quy định về quản lý biên chế", 3),
      c("3", "Thực hiện phân cấp quản lý", 3, 2.5, { self: 3, reason: "Chưa kiểm tra việc thực hiện nhiệm vụ được phân cấp" }),
      c("4", "Kiểm tra tình hình tổ chức, hoạt động của các phòng, đơn vị", 2.5),
    ],
  },
  {
    code: "V",
    title: "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    criteria: [
      c("1", "Xác định vị trí việc làm và cơ cấu ngạch công chức", 2),
      c("2", "Tuyển dụng, bổ nhiệm công chức, viên chức", 2.5),
      c("3", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", 2),
      c("4", "Đánh giá, phân loại; kỷ luật, kỷ cương hành chính", 2.5),
      c("5", "Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc", 1.5, 1.49, {
        asText: true,
        self: 1.5,
        reason: "Đánh giá tác động của cải cách đến chất lượng đội ngũ công chức, viên chức",
      }),
      c("6", "Tinh thần trách nhiệm, thái độ phục vụ của công chức", 1),
    ],
  },
  {
    code: "VI",
    title: "Cải cách tài chính công",
    criteria: [
      c("1", "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về biên chế và kinh phí quản lý hành chính", 2),
      c("2", "Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công", 2),
    ],
  },
  {
    code: "VII",
    title: "Hiện đại hóa nền hành chính",
    criteria: [
      c("1", "Kế hoạch ứng dụng công nghệ thông tin", 2),
      c("2", "Ứng dụng CNTT trong quản lý văn bản, điều hành", 3),
      c("3", "Chất lượng Trang thông tin điện tử", 2, 1.94, { asText: true, self: 2, reason: "Trang thông tin điện tử chưa cập nhật đầy đủ thông tin theo quy định" }),
      c("4", "Cung cấp dịch vụ công trực tuyến mức độ 3, 4", 6, 3, {
        reason: "Do chức năng, nhiệm vụ đặc thù, không có Bộ thủ tục hành chính nên số điểm chỉ đạt 50% so với điểm tối đa",
      }),
      c("5", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến", 2.5, 1.25, {
        reason: "Do chức năng, nhiệm vụ đặc thù, không có Bộ thủ tục hành chính nên số điểm chỉ đạt 50% so với điểm tối đa",
      }),
      c("6", "Áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008", 4),
    ],
  },
  {
    code: "VIII",
    title: "Tác động của cải cách hành chính đến người dân và tổ chức",
    survey: true,
    criteria: [
      c("1", "Tác động đến chất lượng thể chế", 2),
      c("2", "Tác động đến thực hiện thủ tục hành chính", 3),
      c("3", "Tác động đến tổ chức bộ máy hành chính", 2),
      c("4", "Tác động đến chất lượng đội ngũ cán bộ, công chức", 2),
      c("5", "Mức độ hài lòng của người dân, tổ chức (SIPAS)", 2),
    ],
  },
];

/** The total row as published (seed 004): 93,43/100, though the areas add up to 93,13. */
export const VAN_PHONG_STATED_TOTAL = { max: 100, score: 93.43 };
