import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import type { AnalysisView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";

export type StatusAreaProps = Pick<AnalysisView, "busy" | "task" | "message" | "problem">;

/** A spinner while a task runs; the outcome of the last task and any setup problem, each in a MessageBar. */
export function StatusArea({ busy, task, message, problem }: StatusAreaProps) {
  const strings = useStrings();
  return (
    <>
      {busy && task && <Spinner size="small" labelPosition="after" label={strings.running[task]} />}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>
            <MessageBarTitle>{message.intent === "error" ? strings.failureTitle : strings.doneTitle}</MessageBarTitle>
            {message.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.problemTitle}</MessageBarTitle>
            {problem} <Text>{strings.problemHint}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
