import { ApiProperty } from '@nestjs/swagger';

/** How an answer names a unit it points to. */
export class UnitRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

/** How an answer names a person it points to. */
export class PersonRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}
