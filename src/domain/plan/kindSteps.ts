import { normalizeText } from "../base/normalizeText";
import { cleanText } from "./remediationText";
import type { StepDraft } from "./stepDraft";

/**
 * A kind of criterion recognised from its title (a plan to issue, a report, an inspection, the e-portal…) and the
 * step that remedies it. `step` may depend on the title, to name the very plan that was missing.
 */
export interface KindRule {
  kind: string;
  /** Matched against the normalised criterion title (no diacritics, lower case). */
  pattern: RegExp;
  step: StepDraft | ((title: string) => StepDraft);
}

const ongoing = (text: string, note = ""): StepDraft => ({ text, deadline: "default", note });
const early = (text: string, note = ""): StepDraft => ({ text, deadline: "quarter1", note });

/**
 * The step library by kind of criterion. The first matching rule wins, so specific wordings come before general
 * ones: "Thực hiện chức năng nhiệm vụ … theo kế hoạch trọng tâm" is about tasks, not about issuing a plan;
 * "Kế hoạch theo dõi thi hành pháp luật" is a plan to issue, not the monitoring itself.
 */
export const KIND_RULES: readonly KindRule[] = [
  {
    kind: "auditFollowUp",
    pattern: /kien nghi (sau |cua )?(co quan )?(thanh tra|kiem toan)|ket luan,? (kien nghi )?(cua )?(thanh tra|kiem toan)|sau (thanh tra|kiem toan)|kiem toan nha nuoc/,
    step: ongoing(
      "Rà soát, tổ chức thực hiện đầy đủ, đúng thời hạn các kết luận, kiến nghị của cơ quan thanh tra, kiểm toán; phân công rõ trách nhiệm, theo dõi và báo cáo kết quả thực hiện với cơ quan có thẩm quyền.",
    ),
  },
  {
    kind: "tasks",
    pattern: /chuc nang,? nhiem vu|chuong trinh cong tac/,
    step: ongoing(
      "Theo dõi, đôn đốc các phòng, đơn vị thực hiện đúng chức năng, nhiệm vụ được giao theo kế hoạch trọng tâm và chương trình công tác năm; định kỳ kiểm tra, đánh giá kết quả thực hiện.",
    ),
  },
  {
    kind: "assignedTasks",
    pattern: /nhiem vu\b.{0,60}\b(duoc|do) .{0,50}\bgiao\b/,
    step: ongoing(
      "Lập danh mục, phân công rõ đầu mối và thời hạn thực hiện các nhiệm vụ được cấp trên giao; theo dõi, đôn đốc để hoàn thành đầy đủ, đúng hạn và báo cáo kết quả kịp thời.",
    ),
  },
  {
    kind: "dialogue",
    pattern: /doi thoai/,
    step: ongoing(
      "Tổ chức đối thoại giữa người đứng đầu với người dân, doanh nghiệp theo kế hoạch; tiếp thu, giải quyết và trả lời kịp thời, công khai các kiến nghị nêu tại buổi đối thoại.",
      "Định kỳ hằng năm",
    ),
  },
  {
    kind: "remedy",
    pattern: /khac phuc/,
    step: ongoing(
      "Ban hành văn bản, kế hoạch khắc phục tồn tại, hạn chế đúng thời hạn quy định ngay sau khi có kết quả kiểm tra, thẩm định; phân công rõ trách nhiệm, theo dõi và báo cáo kết quả khắc phục đầy đủ.",
    ),
  },
  {
    kind: "lawMaking",
    pattern: /^(tham muu )?(xay dung|ban hanh|soan thao)(,? ban hanh)? (cac )?(van ban )?(qppl|quy pham phap luat)|chuong trinh xay dung (van ban )?(qppl|quy pham phap luat)|(qppl|quy pham phap luat) (duoc )?ban hanh dung/,
    step: ongoing(
      "Tham mưu xây dựng, ban hành văn bản QPPL đúng trình tự, thủ tục và thời hạn theo chương trình đã được phê duyệt; bảo đảm chất lượng dự thảo, lấy ý kiến và thẩm định đầy đủ theo quy định.",
    ),
  },
  {
    kind: "legalEducation",
    pattern: /pho bien,? giao duc phap luat|tiep can phap luat|hoa giai|ngay phap luat/,
    step: ongoing(
      "Đổi mới hình thức phổ biến, giáo dục pháp luật và hòa giải ở cơ sở; thực hiện đầy đủ các chỉ tiêu đánh giá chuẩn tiếp cận pháp luật theo kế hoạch.",
    ),
  },
  {
    kind: "planCompletion",
    pattern: /hoan thanh (cac )?ke hoach|thuc hien (cac )?ke hoach|ket qua thuc hien ke hoach|hoan thanh (cac )?nhiem vu (trong|theo|cua) ke hoach/,
    step: early(
      "Xây dựng kế hoạch năm {year} bám sát kế hoạch của tỉnh, giao nhiệm vụ cụ thể cho từng phòng, đơn vị; thường xuyên theo dõi, đôn đốc, kiểm tra để hoàn thành đầy đủ, đúng tiến độ các nhiệm vụ đã đề ra.",
    ),
  },
  {
    kind: "plan",
    pattern: /^(ban hanh |xay dung )?(cac )?ke hoach\b|\b(ban hanh|xay dung) (cac )?ke hoach\b/,
    step: (title) => early(`Xây dựng, ban hành kịp thời ${planName(title)}, bảo đảm đúng hình thức, đầy đủ nội dung theo hướng dẫn; phân công rõ trách nhiệm, thời hạn thực hiện.`),
  },
  {
    kind: "lawMonitoring",
    pattern: /(theo doi|kiem tra) (viec |tinh hinh )?thi hanh phap luat/,
    step: ongoing(
      "Tổ chức theo dõi tình hình thi hành pháp luật trong lĩnh vực quản lý; báo cáo và kiến nghị xử lý kết quả theo dõi thi hành pháp luật đúng quy định.",
      "Định kỳ hằng năm",
    ),
  },
  {
    kind: "report",
    pattern: /bao cao/,
    step: ongoing(
      "Thực hiện đầy đủ, đúng thời hạn chế độ báo cáo định kỳ và đột xuất; nội dung báo cáo đánh giá đúng thực tế, có số liệu cụ thể và kèm tài liệu kiểm chứng.",
      "Định kỳ quý, 6 tháng, năm",
    ),
  },
  {
    kind: "evidence",
    pattern: /tai lieu kiem chung|ho so kiem chung/,
    step: ongoing(
      "Lưu trữ đầy đủ, khoa học hồ sơ, tài liệu kiểm chứng của từng tiêu chí ngay trong quá trình thực hiện; giao đầu mối tổng hợp, kiểm tra tài liệu kiểm chứng trước khi tự đánh giá, chấm điểm.",
    ),
  },
  {
    kind: "staffRecords",
    pattern: /ho so (can bo|cong chuc|vien chuc|cbcc)/,
    step: ongoing(
      "Rà soát, cập nhật, bổ sung kịp thời các thành phần hồ sơ cán bộ, công chức, viên chức trên hồ sơ giấy và phần mềm quản lý hồ sơ, bảo đảm đầy đủ, khoa học.",
    ),
  },
  {
    kind: "initiative",
    pattern: /sang kien|giai phap moi|mo hinh moi|cach lam moi/,
    step: ongoing(
      "Phát động, khuyến khích cán bộ, công chức, viên chức nghiên cứu, đề xuất sáng kiến, giải pháp mới về CCHC; lựa chọn sáng kiến có hiệu quả để đề nghị công nhận cấp tỉnh.",
    ),
  },
  {
    kind: "communication",
    pattern: /tuyen truyen|thong tin truyen thong/,
    step: ongoing(
      "Đẩy mạnh thông tin, tuyên truyền về CCHC bằng nhiều hình thức phù hợp (Cổng/Trang thông tin điện tử, hội nghị, sinh hoạt cơ quan), thực hiện đầy đủ các nội dung của kế hoạch tuyên truyền.",
    ),
  },
  {
    kind: "satisfaction",
    pattern: /hai long|khao sat|dieu tra xa hoi hoc|sipas/,
    step: ongoing(
      "Tổ chức khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của đơn vị; phân tích kết quả để có giải pháp nâng cao chất lượng phục vụ.",
      "Định kỳ 6 tháng/năm",
    ),
  },
  {
    kind: "iso",
    pattern: /\biso\b|quan ly chat luong/,
    step: ongoing(
      "Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; cập nhật quy trình kịp thời khi TTHC thay đổi, thực hiện đánh giá nội bộ và xem xét của lãnh đạo theo quy định.",
    ),
  },
  {
    kind: "procedurePublicity",
    pattern: /(cong bo|cong khai|niem yet).*(thu tuc|tthc)|(thu tuc|tthc).*(cong bo|cong khai|niem yet)/,
    step: ongoing(
      "Kịp thời tham mưu công bố, công khai đầy đủ các TTHC mới ban hành, sửa đổi, bổ sung và cập nhật trên Cơ sở dữ liệu quốc gia về TTHC theo quy định.",
    ),
  },
  {
    kind: "digitisation",
    pattern: /so hoa|(ket qua|giay to) .{0,40}\b(ban )?dien tu\b/,
    step: ongoing(
      "Số hóa hồ sơ, kết quả giải quyết TTHC ngay khi tiếp nhận và giải quyết; cấp kết quả giải quyết TTHC bản điện tử và cập nhật vào kho dữ liệu điện tử của tổ chức, cá nhân theo quy định.",
    ),
  },
  {
    kind: "dataSharing",
    pattern: /ket noi|chia se du lieu|du lieu dung chung|nen tang (so )?dung chung|nen tang so|lien thong du lieu/,
    step: ongoing(
      "Kết nối, chia sẻ dữ liệu với Hệ thống thông tin giải quyết TTHC và các nền tảng, cơ sở dữ liệu dùng chung của tỉnh; cập nhật dữ liệu đầy đủ, chính xác, đúng hạn.",
    ),
  },
  {
    kind: "portal",
    pattern: /(cong|trang) thong tin dien tu|cong thong tin/,
    step: ongoing(
      "Nâng cấp Cổng/Trang thông tin điện tử của đơn vị; cập nhật thường xuyên, đầy đủ các thông tin phải công khai theo quy định (TTHC, văn bản chỉ đạo điều hành, dự thảo lấy ý kiến, số liệu thống kê của ngành).",
    ),
  },
  {
    kind: "onlineServices",
    pattern: /dich vu cong|truc tuyen|toan trinh/,
    step: ongoing(
      "Rà soát, cung cấp dịch vụ công trực tuyến toàn trình đối với các TTHC đủ điều kiện; hướng dẫn, khuyến khích tổ chức, cá nhân nộp hồ sơ và thanh toán trực tuyến để nâng tỷ lệ hồ sơ được xử lý trực tuyến.",
    ),
  },
  {
    kind: "feedback",
    pattern: /phan anh,? kien nghi/,
    step: ongoing(
      "Tiếp nhận, xử lý và trả lời đúng hạn, công khai các phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; phân công đầu mối theo dõi và cập nhật kết quả xử lý trên hệ thống.",
    ),
  },
  {
    kind: "oneStop",
    pattern: /mot cua|tiep nhan va tra ket qua|giai quyet (ho so|tthc|thu tuc)|tre han|qua han|dung han/,
    step: ongoing(
      "Thực hiện nghiêm cơ chế một cửa, một cửa liên thông; tiếp nhận, giải quyết và trả kết quả TTHC đúng hạn, xin lỗi tổ chức, cá nhân bằng văn bản khi giải quyết quá hạn theo quy định.",
    ),
  },
  {
    kind: "legalDocuments",
    pattern: /quy pham phap luat|qppl|van ban (trai )?phap luat/,
    step: ongoing(
      "Tổ chức triển khai kịp thời, đầy đủ các văn bản QPPL của Trung ương và của tỉnh tại đơn vị; thường xuyên tự kiểm tra, rà soát để kiến nghị sửa đổi, bổ sung, bãi bỏ văn bản không còn phù hợp.",
    ),
  },
  {
    kind: "delegation",
    pattern: /phan cap|uy quyen/,
    step: ongoing(
      "Rà soát, tổ chức thực hiện đầy đủ các nhiệm vụ được phân cấp, ủy quyền; ban hành văn bản phân cấp, ủy quyền đúng quy định và định kỳ kiểm tra việc thực hiện.",
    ),
  },
  {
    kind: "inspection",
    pattern: /kiem tra/,
    step: ongoing(
      "Thực hiện đầy đủ kế hoạch tự kiểm tra công tác CCHC đối với các phòng, đơn vị; kịp thời chấn chỉnh các tồn tại phát hiện qua kiểm tra và theo dõi việc khắc phục.",
    ),
  },
  {
    kind: "budgetRevenue",
    pattern: /thu ngan sach|du toan thu|thu nsnn|nguon thu/,
    step: ongoing(
      "Tăng cường quản lý, khai thác nguồn thu, chống thất thu ngân sách; theo dõi, đôn đốc thu đúng, thu đủ, kịp thời, phấn đấu hoàn thành và vượt dự toán thu ngân sách nhà nước được giao.",
    ),
  },
  {
    kind: "disbursement",
    pattern: /giai ngan|von dau tu|dau tu cong|xay dung co ban/,
    step: ongoing(
      "Đẩy nhanh tiến độ thực hiện và giải ngân vốn đầu tư công; tháo gỡ kịp thời vướng mắc về thủ tục, giải phóng mặt bằng, phân công lãnh đạo theo dõi từng dự án, phấn đấu giải ngân hết kế hoạch vốn được giao.",
    ),
  },
  {
    kind: "organisation",
    pattern: /sap xep,? (to chuc|lai|kien toan|bo may|cac don vi|don vi)|to chuc lai|kien toan (to chuc|bo may)|to chuc bo may/,
    step: ongoing(
      "Rà soát, sắp xếp, kiện toàn tổ chức bộ máy của các phòng, đơn vị trực thuộc theo quy định, bảo đảm tinh gọn, đúng số lượng cấp phó, hoạt động hiệu lực, hiệu quả.",
    ),
  },
  {
    kind: "financialAutonomy",
    pattern: /tu chu|tu (bao|dam) (dam|bao) chi|don vi su nghiep/,
    step: ongoing(
      "Rà soát, xây dựng phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc; phấn đấu nâng mức tự bảo đảm chi thường xuyên theo lộ trình quy định.",
    ),
  },
  {
    kind: "publicAssets",
    pattern: /tai san cong|ngan sach|kinh phi|chi tieu noi bo|khoan bien che/,
    step: ongoing(
      "Quản lý, sử dụng kinh phí, tài sản công đúng quy định và quy chế chi tiêu nội bộ; thực hiện công khai ngân sách, tài sản công đầy đủ theo quy định.",
      "Định kỳ 6 tháng/năm",
    ),
  },
  {
    kind: "recruitment",
    pattern: /tuyen dung|thi tuyen|xet tuyen/,
    step: ongoing("Tuyển dụng công chức, viên chức đúng quy định, công khai, minh bạch, theo vị trí việc làm và chỉ tiêu biên chế được giao."),
  },
  {
    kind: "appointments",
    pattern: /bo nhiem/,
    step: ongoing("Thực hiện bổ nhiệm, bổ nhiệm lại lãnh đạo đúng tiêu chuẩn, điều kiện, quy trình và thời hạn theo quy định; rà soát, lập hồ sơ trước khi hết thời hạn giữ chức vụ."),
  },
  {
    kind: "staffing",
    pattern: /bien che|so luong nguoi lam viec|so luong (can bo|cong chuc)/,
    step: ongoing("Quản lý, sử dụng biên chế, số lượng người làm việc đúng số được giao; thực hiện tinh giản biên chế theo lộ trình và quy định."),
  },
  {
    kind: "training",
    pattern: /dao tao|boi duong/,
    step: ongoing(
      "Thực hiện đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo vị trí việc làm; cử đủ số lượng, đúng đối tượng tham gia các lớp đào tạo, bồi dưỡng theo kế hoạch.",
    ),
  },
  {
    kind: "jobPositions",
    pattern: /vi tri viec lam|ngach|chuc danh nghe nghiep|(can bo|cong chuc|vien chuc).{0,20}dat chuan|chuan hoa/,
    step: ongoing("Bố trí, sử dụng công chức, viên chức đúng vị trí việc làm, tiêu chuẩn ngạch, chức danh nghề nghiệp; rà soát, điều chỉnh vị trí việc làm khi có thay đổi."),
  },
  {
    kind: "discipline",
    pattern: /ky luat|ky cuong|dao duc|van hoa cong so|quy tac ung xu/,
    step: ongoing("Tăng cường giáo dục ý thức, trách nhiệm, kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức; thực hiện nghiêm quy tắc ứng xử và văn hóa công sở."),
  },
  {
    kind: "digitalOffice",
    pattern: /van ban dien tu|van ban .{0,50}dang dien tu|chu ky so|ky so|thu dien tu|phan mem|cong nghe thong tin|chuyen doi so/,
    step: ongoing(
      "Sử dụng thường xuyên phần mềm quản lý văn bản và điều hành, chữ ký số, thư điện tử công vụ; gửi, nhận văn bản điện tử giữa các cơ quan theo quy định.",
    ),
  },
  {
    kind: "security",
    pattern: /an toan,? (an ninh )?(he thong )?thong tin|an ninh (thong tin|mang)|bao mat|ma doc/,
    step: ongoing(
      "Triển khai đầy đủ các biện pháp bảo đảm an toàn, an ninh thông tin mạng theo cấp độ; kiểm tra, khắc phục kịp thời điểm yếu, lỗ hổng và tập huấn kỹ năng cho cán bộ, công chức.",
    ),
  },
  {
    kind: "complaints",
    pattern: /khieu nai|to cao/,
    step: ongoing(
      "Tiếp công dân, giải quyết khiếu nại, tố cáo đúng thẩm quyền, đúng thời hạn; tập trung giải quyết dứt điểm các vụ việc tồn đọng, kéo dài ngay tại cơ sở.",
    ),
  },
];

/** The rule for a criterion title, or undefined when no kind is recognised (the area's step is used instead). */
export function findKindRule(title: string): KindRule | undefined {
  const folded = normalizeText(title);
  return KIND_RULES.find((rule) => rule.pattern.test(folded));
}

/** The rule's step for this title. */
export function kindStep(rule: KindRule, title: string): StepDraft {
  return typeof rule.step === "function" ? rule.step(title) : rule.step;
}

/**
 * "kế hoạch theo dõi thi hành pháp luật năm {year}" from "Kế hoạch theo dõi thi hành pháp luật": the plan the title
 * names, for the current year. Falls back to a general phrase when the title names no plan cleanly.
 */
function planName(title: string): string {
  const clean = cleanText(title);
  const start = clean.toLowerCase().indexOf("kế hoạch");
  if (start < 0) return "đầy đủ các kế hoạch theo yêu cầu của tiêu chí";
  const phrase = clean
    .slice(start)
    .split(/[;:(]/)[0]
    .replace(/\s*(năm|giai đoạn)\s+\d{4}.*$/i, "")
    .replace(/[\s.,]+$/, "");
  if (phrase.length > 90) return "đầy đủ các kế hoạch theo yêu cầu của tiêu chí";
  return `${phrase.charAt(0).toLowerCase()}${phrase.slice(1)} năm {year}`;
}
