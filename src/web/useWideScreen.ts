import { useEffect, useState } from "react";

const WIDE = "(min-width: 960px)";

/** True on screens wide enough to show the sheet view beside the pane (else it docks at the bottom). */
export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => typeof window.matchMedia === "function" && window.matchMedia(WIDE).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(WIDE);
    const update = () => setWide(query.matches);
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return wide;
}
