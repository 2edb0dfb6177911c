import { normalizeText } from "../base/normalizeText";
import { inSentence } from "./remediationText";
import type { StepDraft } from "./stepDraft";

/** The eight standard areas of the PAR INDEX, whatever their number in a given framework. */
export type AreaKind =
  | "direction"
  | "institutions"
  | "procedures"
  | "organisation"
  | "civilService"
  | "publicFinance"
  | "modernisation"
  | "impact";

/**
 * What to propose for one standard area: `remedy` when the area lost points on criteria the kind library does not
 * recognise (or on no leaf at all), `keepUp` when the area has full marks.
 */
export interface AreaProfile {
  kind: AreaKind;
  /** Matched against the normalised area title (no diacritics, lower case). */
  pattern: RegExp;
  remedy: StepDraft;
  keepUp: StepDraft;
}

const ongoing = (text: string, note = ""): StepDraft => ({ text, deadline: "default", note });

/**
 * Area titles differ between provinces and years ("Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế",
 * "Xây dựng và tổ chức thực hiện văn bản QPPL"…), so areas are recognised by keywords, never by their number.
 * Order matters: the first match wins, and the impact area is tested first because its title usually also names
 * "cải cách hành chính" and "tổ chức".
 */
export const AREA_PROFILES: readonly AreaProfile[] = [
  {
    kind: "impact",
    pattern: /tac dong|dieu tra xa hoi hoc|khao sat|hai long|sipas/,
    remedy: ongoing(
      "Đẩy mạnh tuyên truyền để cán bộ, công chức, người dân và tổ chức biết, tham gia và đánh giá đúng kết quả CCHC của đơn vị; nâng cao chất lượng phục vụ, tiếp thu và xử lý kịp thời phản ánh, kiến nghị.",
    ),
    keepUp: ongoing("Phát huy kết quả đạt được, tiếp tục nâng cao chất lượng phục vụ người dân, tổ chức và mức độ hài lòng đối với đơn vị."),
  },
  {
    kind: "procedures",
    pattern: /thu tuc hanh chinh|tthc|mot cua/,
    remedy: ongoing(
      "Rà soát, cập nhật và công khai đầy đủ, kịp thời các TTHC thuộc thẩm quyền; giải quyết hồ sơ đúng hạn, thực hiện nghiêm cơ chế một cửa, một cửa liên thông và tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính.",
    ),
    keepUp: ongoing("Phát huy kết quả đạt được, tiếp tục triển khai có hiệu quả nhiệm vụ kiểm soát TTHC và cơ chế một cửa, một cửa liên thông."),
  },
  {
    kind: "institutions",
    pattern: /the che|quy pham phap luat|qppl|van ban phap luat|phap che/,
    remedy: ongoing(
      "Tổ chức triển khai kịp thời, đầy đủ các văn bản QPPL tại đơn vị; thường xuyên tự kiểm tra, rà soát, hệ thống hóa văn bản QPPL và kiến nghị sửa đổi, bổ sung, bãi bỏ văn bản không còn phù hợp.",
    ),
    keepUp: ongoing("Phát huy kết quả đạt được, tiếp tục nâng cao chất lượng tham mưu xây dựng và tổ chức thực hiện văn bản QPPL."),
  },
  {
    kind: "direction",
    pattern: /chi dao|dieu hanh/,
    remedy: ongoing(
      "Nâng cao chất lượng công tác chỉ đạo, điều hành CCHC: bám sát kế hoạch của tỉnh, phân công rõ trách nhiệm, thường xuyên theo dõi, đôn đốc và đánh giá kết quả thực hiện nhiệm vụ CCHC của các phòng, đơn vị.",
    ),
    keepUp: ongoing("Phát huy kết quả đạt được, tiếp tục duy trì sự chỉ đạo, điều hành quyết liệt, thống nhất đối với công tác CCHC."),
  },
  {
    kind: "organisation",
    pattern: /to chuc bo may|bo may/,
    remedy: ongoing(
      "Thực hiện đúng các quy định về tổ chức bộ máy, chức năng, nhiệm vụ của các phòng, đơn vị và về sử dụng biên chế; định kỳ kiểm tra tình hình tổ chức và hoạt động của các phòng, đơn vị.",
    ),
    keepUp: ongoing("Phát huy kết quả đạt được, tiếp tục rà soát, kiện toàn tổ chức bộ máy bảo đảm tinh gọn, hoạt động hiệu lực, hiệu quả."),
  },
  {
    kind: "civilService",
    pattern: /cong vu|doi ngu|can bo|cong chuc|cbcc/,
    remedy: ongoing(
      "Bố trí, sử dụng công chức, viên chức đúng vị trí việc làm; tăng cường kỷ luật, kỷ cương hành chính và thực hiện đầy đủ công tác đào tạo, bồi dưỡng, đánh giá, quản lý hồ sơ cán bộ, công chức, viên chức.",
    ),
    keepUp: ongoing("Phát huy kết quả đạt được, tiếp tục nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức và kỷ luật, kỷ cương trong thực thi công vụ."),
  },
  {
    kind: "publicFinance",
    pattern: /tai chinh/,
    remedy: ongoing(
      "Thực hiện đúng cơ chế tự chủ, tự chịu trách nhiệm về tài chính; quản lý, sử dụng ngân sách, tài sản công đúng quy định và công khai theo quy định.",
      "Định kỳ 6 tháng/năm",
    ),
    keepUp: ongoing("Phát huy kết quả đạt được, tiếp tục quản lý, sử dụng tài chính, tài sản công đúng quy định, công khai, minh bạch."),
  },
  {
    kind: "modernisation",
    pattern: /hien dai hoa|chinh quyen so|chinh quyen dien tu|chinh phu (so|dien tu)|chuyen doi so|cong nghe thong tin/,
    remedy: ongoing(
      "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của đơn vị; nâng cao chất lượng Cổng/Trang thông tin điện tử, dịch vụ công trực tuyến và duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.",
    ),
    keepUp: ongoing("Phát huy kết quả đạt được, tiếp tục đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của đơn vị."),
  },
];

/** The profile of an area recognised by its title, or one written for that title when no keyword matches. */
export function findAreaProfile(title: string): AreaProfile | GenericAreaProfile {
  const folded = normalizeText(title);
  return AREA_PROFILES.find((profile) => profile.pattern.test(folded)) ?? genericProfile(title);
}

export interface GenericAreaProfile {
  kind: "other";
  remedy: StepDraft;
  keepUp: StepDraft;
}

function genericProfile(title: string): GenericAreaProfile {
  const subject = inSentence(title);
  return {
    kind: "other",
    remedy: ongoing(`Rà soát nguyên nhân, khắc phục các nội dung bị trừ điểm và nâng cao chất lượng thực hiện nhiệm vụ về ${subject}.`),
    keepUp: ongoing(`Phát huy kết quả đạt được, tiếp tục thực hiện có hiệu quả các nhiệm vụ về ${subject}.`),
  };
}
