/**
 * The part of SARIF 2.1.0 (OASIS) the gate writes: one run, its tool's rules, and results
 * with physical, related and logical locations. Field names follow the standard exactly;
 * the tests validate whole logs against the official schema.
 */

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifMessage {
  text: string;
}

/** `security-severity` is GitHub code scanning's 0.0–10.0 score, written as a string. */
export interface SarifProperties {
  'security-severity'?: string;
  tags?: string[];
}

export interface SarifReportingDescriptor {
  id: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: SarifProperties;
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string };
  region: { startLine: number; startColumn: number };
}

export interface SarifLocation {
  id?: number;
  physicalLocation: SarifPhysicalLocation;
  message?: SarifMessage;
}

export interface SarifLogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: string;
}

/** SARIF 2.1.0 §3.35: a result acknowledged outside the tool (a policy waiver). */
export interface SarifSuppression {
  kind: 'external';
  state: 'accepted';
  justification: string;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: [SarifLocation & { logicalLocations: SarifLogicalLocation[] }];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties?: SarifProperties;
  suppressions?: SarifSuppression[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version: string;
      semanticVersion: string;
      informationUri: string;
      rules: SarifReportingDescriptor[];
    };
  };
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [SarifRun];
}
