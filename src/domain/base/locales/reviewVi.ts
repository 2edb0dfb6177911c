import type { ReviewLabels } from "./reviewLabels";

export const reviewVi: ReviewLabels = {
  sheets: { units: "Tổng hợp", findings: "Lỗi và cảnh báo", deducted: "Tiêu chí bị trừ", framework: "Khung tiêu chí" },
  titles: {
    units: "TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
    findings: "CÁC LỖI VÀ CẢNH BÁO TRONG BẢNG ĐIỂM",
    deducted: "CÁC TIÊU CHÍ BỊ TRỪ ĐIỂM",
    framework: (name) => `SAI LỆCH SO VỚI KHUNG TIÊU CHÍ «${name}»`,
  },
  subtitle: (files, ranked, unusable) =>
    `${files} tệp; ${ranked} đơn vị được xếp hạng theo chỉ số (%)` + (unusable > 0 ? `; ${unusable} tệp không đọc được` : ""),
  units: {
    order: "TT",
    unit: "Đơn vị",
    file: "Tệp",
    sheet: "Trang tính",
    score: "Điểm đạt",
    max: "Điểm tối đa",
    index: "Chỉ số (%)",
    rank: "Xếp hạng",
    area: (code) => `Lĩnh vực ${code}`,
    errors: "Số lỗi",
    warnings: "Số cảnh báo",
    status: "Tình trạng",
    note: "Ghi chú",
  },
  status: { ok: "đạt", errors: "có lỗi", unusable: "không đọc được" },
  findings: { cell: "Ô", code: "Mã lỗi", severity: "Mức độ", message: "Nội dung" },
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  deducted: {
    code: "Mã",
    title: "Tiêu chí",
    units: "Số đơn vị bị trừ",
    lost: "Tổng điểm bị trừ",
    average: "Bình quân bị trừ",
    unitNames: "Các đơn vị",
  },
  framework: {
    criterion: "Mã tiêu chí",
    deviation: "Sai lệch",
    expected: "Khung tiêu chí",
    actual: "Bảng điểm",
    none: "Không có sai lệch nào so với khung tiêu chí.",
  },
  deviation: {
    framework_missing: "Thiếu tiêu chí",
    framework_extra: "Tiêu chí ngoài khung",
    framework_max_mismatch: "Điểm tối đa khác",
    framework_total_mismatch: "Tổng điểm tối đa khác",
    framework_title_mismatch: "Tên tiêu chí khác",
  },
};
