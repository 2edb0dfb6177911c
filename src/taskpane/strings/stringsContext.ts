import { createContext, useContext } from "react";
import type { Strings } from "./index";
import { vi } from "./vi";

/** The texts of the pane's language, provided once by App so components need not pass them down. */
export const StringsContext = createContext<Strings>(vi);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
